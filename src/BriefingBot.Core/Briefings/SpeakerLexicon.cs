using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// The closed word classes attribution reads a subject with, in folded spelling (see
/// <see cref="ArabicText.Fold(ReadOnlySpan{char})"/>): titles that stand before or after a name, the particles of
/// compound names, prepositions, words that end the subject, and sources that are nobody in particular.
/// </summary>
internal static class SpeakerLexicon
{
    /// <summary>
    /// Titles and roles («وزير المالية»، «الدكتورة»، «الناطقة باسم»), masculine; the feminine adds «ة». They are never
    /// part of the name, but they name the speaker's role, and a feminine one tells the speaker's gender.
    /// </summary>
    private static readonly HashSet<string> MasculineTitles = Folded(
    [
        "وزير", "رئيس", "مدير", "استاذ", "دكتور", "سفير", "خبير", "باحث", "محلل", "ناشط", "متحدث", "ناطق", "ممثل",
        "منسق", "امين", "نائب", "مستشار", "كبير", "مسوول", "قائد", "عضو", "سيد", "مزارع", "موظف", "مراسل", "صحفي",
        "كاتب", "طبيب", "ممرض", "معلم", "محامي", "قاضي", "مبعوث", "وكيل", "عميد", "نقيب", "مفوض", "محافظ",
        "مندوب", "مراقب", "مدرس", "مهندس", "مواطن", "ناخب", "لاجي", "نازح", "تاجر", "رب", "مفتي", "شيخ",
        "امير", "ملك", "جنرال", "لواء", "عقيد", "مقدم", "بروفيسور", "بروفسور",
        "اقتصادي", "قيادي", "اكاديمي", "صحافي", "اعلامي", "مورخ", "مرشح", "صاحب", "موسس", "مالك", "مدون",
        "محاضر", "ناشر", "مخرج", "فنان", "رجل", "مستثمر", "مصرفي", "مقاول", "صناعي", "حقوقي",
        "عامل", "صياد", "فلاح", "سائق", "بائع", "متقاعد", "مهاجر", "لاعب", "مدرب", "مشجع", "مغترب", "وافد", "مهندس",
        "حاكم", "عالم", "اخصايي", "اختصاصي", "استشاري", "ناقد", "شاعر", "روايي", "مصور", "مفكر", "فقيه", "صيدلي", "جراح", "نقابي",
        "طالب", "مكلف", "مشرف",

        // Traders and graders quoted on a port or a crop («وتقول مستوردة مواد البناء حنان الفيتوري»، «ويرى مقيّم جودة القهوة
        // الكولومبي أندريس غوميز»), as an exporter is; «مقيم» is also a resident, quoted as a citizen is.
        "مستورد", "مقيم",

        // The governor of a province in the Maghreb («والي ولاية الجزائر»، «والي جهة الدار البيضاء»), as «محافظ» in the Mashreq.
        "والي",

        // A town's mayor in the Maghreb and West Africa, or a village head in Egypt («عمدة أطار، سيدي ولد اعلي»): masculine,
        // though it ends in «ة».
        "عمدة",

        // A guide on a tourist route («المرشد السياحي …»), quoted in reports on tourism as a driver or a seller is; so is a
        // visitor («قالت لـ"موجز" زائرة من نواكشوط»), unnamed when no name follows.
        "مرشد", "زائر",

        // A restorer, whom a report on old houses quotes by his craft («المرمّم التركي أرهان يلدز»), as it does a builder.
        "مرمم",

        // The commissioner of a Sudanese locality («معتمد محلية سواكن»، «واستطرد المعتمد»), its head as «محافظ» is a province's.
        "معتمد",

        // A scholar named by her field before her name («الأنثروبولوجية الفرنسية إيزابيل مارتان»), as «مؤرخ» and «أكاديمي» are.
        "انثروبولوجي",

        // A young man or woman in a report on ordinary people («الشاب عمر …»، «الشابة …»): a name follows.
        "شاب",

        // Religious titles and offices («الشيخ»، «المطران»، «القس»، «خطيب الجمعة»، «الأب»): a name follows them.
        "مطران", "قس", "قسيس", "اسقف", "بطريرك", "كاهن", "حاخام", "خطيب", "واعظ", "داعيه",

        // Kin, which reportage names people by before their name («شقيق الضحية، محمد …»، «والدة الطفل، سعاد …»).
        "شقيق", "زوج", "والد", "جد", "خال",

        // Crafts and customers a report on a souk introduces its people by («سناء المصري، وهي خياطة في الأربعين»، «وهي
        // مصممة حلي»، «وهي زبونة جاءت من حي القبة»), and that a reader asks by («الخياطة الأربعينية»). Not «صائغ»: it is a
        // surname as often («الباحث … يزيد صايغ»).
        "خياط", "مصمم", "زبون",

        // Honorifics of the Gulf and Levant press before an office or a name («معالي الوزير»، «سمو الأمير»، «سعادة السفير»).
        "معالي", "سمو", "سعاده", "فخامه", "سماحه",
    ]);

    /// <summary>
    /// Popular titles a report on ordinary people puts before a name: the pilgrim's «الحاج», the elder's «العم», the crew
    /// boss's «الريس». Not titles in <see cref="MasculineTitles"/>: each is a surname too («سمير الحاج»، «رياض الريس»),
    /// and «الحاجة» is the need for something.
    /// </summary>
    public static bool IsPopularTitle(string folded) => HasArticle(folded) && WithoutPrefixes(folded) is "حاج" or "حاجه" or "عم" or "ريس";

    /// <summary>The honorifics among the titles: some are also surnames («سعادة»، «سماحة»).</summary>
    public static bool IsHonorific(string folded) => folded is "معالي" or "سمو" or "سعاده" or "فخامه" or "سماحه";

    /// <summary>Titles that only ever come feminine, or whose feminine is not the masculine plus «ة».</summary>
    private static readonly HashSet<string> FeminineOnlyTitles = Folded(
    [
        "السيده", "سيده", "ربه", "الملكه", "الاميره", "اخت",
        // «رائدة الأعمال»: the masculine «رائد» is far more often a given name («رائد الصالح») than the title.
        "رائده",
    ]);

    /// <summary>Official titles: with no name after them they still single out one person («المتحدث باسم الوزارة»).</summary>
    private static readonly HashSet<string> OfficeTitles = Folded(
    [
        "وزير", "رئيس", "مدير", "سفير", "متحدث", "ناطق", "ممثل", "امين", "نائب", "محافظ", "مندوب", "مفوض",
        "مبعوث", "منسق", "قائد", "مستشار", "وكيل", "عميد", "نقيب", "حاكم", "والي", "عمدة",
    ]);

    /// <summary>Particles that begin or join a compound name: «عبد الرحمن»، «أبو بكر»، «بن علي».</summary>
    private static readonly HashSet<string> NameParticles = Folded(
    [
        "عبد", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "ام", "بو", "ال", "ولد", "ايت",
    ]);

    /// <summary>Particles that join a name to the father's or family name («محمد الطاهر بن علي»، «صالح آل ثابت»): never its start.</summary>
    private static readonly HashSet<string> Joiners = Folded(
    [
        "بن", "ابن", "بنت", "ال", "ولد", "ايت",
    ]);

    /// <summary>
    /// Second parts of compound given names that carry the article («صلاح الدين»، «فضل الله»، «نور الهدى»): a name goes
    /// on after them, where after any other word with the article a new name begins («أصحاب المولدات عبد الرحمن»).
    /// </summary>
    private static readonly HashSet<string> CompoundSeconds = Folded(
    [
        "الدين", "الله", "الاسلام", "الهدي", "الرحمن", "الحق", "الزمان", "الخير", "النور", "الامين", "العابدين", "الهادي",

        // «فاطمة الزهراء بوغازي»: the Maghreb's commonest compound woman's name; a family name without the article goes on
        // after it («وتقول فاطمة الزهراء أمزيل إن» read no one, the name cut at «الزهراء»).
        "الزهراء",
    ]);

    /// <summary>Prepositions (as written, not folded: «على» is not the name «علي»). A word right after one is its object, not a name.</summary>
    private static readonly HashSet<string> Prepositions = new(
    [
        "في", "من", "عن", "على", "مع", "خلال", "أمام", "امام", "عبر", "لدى", "حول", "بين", "ضد", "إلى", "الى", "منذ",
        "داخل", "باسم", "بإسم", "بأسم", "لـ", "ب", "ل", "بـ", "تجاه", "نحو", "عند", "بعد", "قبل", "أثناء", "اثناء",

        // Where someone sits or stands in a portrait («تقول بائعة تجلس … تحت مظلة من القماش»): the place, never a name.
        "تحت", "فوق", "قرب", "بجوار", "وراء",
    ], StringComparer.Ordinal);

    /// <summary>Words that introduce the reported content; the subject ends before one of them.</summary>
    private static readonly HashSet<string> Complementisers = Folded(
    [
        "ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم", "فان", "فانه", "فانها", "لان",
    ]);

    /// <summary>Words that, right after a verb, show it has no new subject: «ويضيف أن»، «ويشير إلى أن»، «وأكد في بيان».</summary>
    private static readonly HashSet<string> ContinuationStarts = Folded(
    [
        "ان", "بان", "لان", "الي", "عن", "ب", "في", "خلال", "لـ", "ل", "انه", "انها", "انهم", "بانه", "بانها", "كذلك", "ايضا", "قايلا", "قايله", "مضيفا", "مضيفه", "موكدا", "موكده", "مشيرا", "مشيره",
        "حديثه", "حديثها", "كلامه", "كلامها", "كلمته", "كلمتها", "تصريحه", "تصريحها", "تصريحاته", "تصريحاتها",
        "مداخلته", "مداخلتها", "بالقول", "بدوره", "بدورها",
    ]);

    /// <summary>Words that end the subject clause: a relative or personal pronoun begins what is said about the speaker.</summary>
    private static readonly HashSet<string> ClauseEnders = Folded(
    [
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "وهو", "وهي", "هو", "هي", "وهم", "هم", "حيث", "مشيرا", "مشيره", "موكدا", "موكده", "مضيفا", "مضيفه",
        "قوله", "قولها", "تاكيده", "تاكيدها", "تحذيره", "تحذيرها",
        "معتبرا", "معتبره", "لافتا", "لافته", "موضحا", "موضحه", "مشددا", "مشدده", "محذرا", "محذره", "منوها", "منوهه",
        // Who read a statement out for its author («بيان للرئيس تلاه الناطق …») is no part of the author's name.
        "تلاه", "تلته", "تلاها", "قراه", "قراته", "قراها", "القاه", "القته", "القاها",
        // «متحدث باسم الوزارة، طلب عدم ذكر اسمه،»: the anonymity asked for is no part of the office.
        "طلب", "طلبت",
    ]);

    /// <summary>
    /// The occasions a statement is made on («في تصريح صحفي»، «خلال مؤتمر صحفي»، «في مقابلة تلفزيونية»): after a preposition,
    /// where it was said, never part of who said it.
    /// </summary>
    private static readonly HashSet<string> StatementOccasions = Folded(
    [
        "تصريح", "تصريحات", "حديث", "مقابله", "مؤتمر", "موتمر", "بيان", "كلمه", "تغريده", "منشور", "ندوه", "جلسه", "اجتماع",
        "رساله", "لقاء", "لقا", "مداخله", "حوار", "برنامج",

        // When it was said: «ونفى المتحدث باسم الجيش في وقت لاحق …»، «في وقت سابق».
        "وقت",
    ]);

    /// <summary>Nouns that take the next word as their complement («مركز ستراتفور»), so that word is no name.</summary>
    private static readonly HashSet<string> InstitutionNouns = Folded(
    [
        "مركز", "معهد", "جامعه", "موسسه", "صحيفه", "وكاله", "مجله", "قناه", "وزاره", "مجلس", "حزب", "منظمه", "تصريح",
        "حديث", "مقابله", "مقال", "شوون", "كليه", "بنك", "صندوق", "شركه", "جمعيه", "هييه", "مستشفي", "حركه", "جبهه",
        "بعثه", "برنامج", "اداره", "مكتب", "لجنه", "مؤتمر", "موتمر", "بيان", "كلمه", "تغريده", "منشور", "ندوه", "جلسه",
        "اجتماع", "رساله", "تقرير", "دراسه", "حمله", "محافظه", "ولايه", "مدينه", "قضاء", "قضا", "حي", "مخيم", "قريه", "اقليم",

        // «أعلن فرع وزارة البيئة في محافظة الطائف أن»: a branch takes its body as complement; «فرع» alone is no name.
        "فرع",
    ]);

    /// <summary>
    /// Institution nouns that name a body able to speak for itself («قالت وزارة الطاقة»، «أعلن مصرف لبنان»): with
    /// their complement they are the speaker when no person is named. Documents, places and events are not.
    /// </summary>
    private static readonly HashSet<string> Organisations = Folded(
    [
        "وزاره", "منظمه", "هييه", "مجلس", "حزب", "جمعيه", "شركه", "بنك", "مصرف", "صندوق", "وكاله", "موسسه", "نقابه",
        "اتحاد", "لجنه", "بعثه", "حركه", "جبهه", "بلديه", "جامعه", "مركز", "معهد", "محكمه", "رياسه", "حكومه", "قياده",
        "تجمع", "غرفه", "كتله", "تيار", "مفوضيه", "سفاره", "برلمان", "سلطه", "اداره",
        "مجمع", "مجموعه", "تحالف", "ايتلاف", "ديوان", "مرصد", "مصلحه", "اكاديميه", "سلطات", "قوات", "مكتب",
        "مديريه", "نيابه",
    ]);

    /// <summary>Nouns of the press and media: «لوكالة …»، «لصحيفة …» after a name is whom the speaker told, not who.</summary>
    private static readonly HashSet<string> MediaNouns = Folded(
    [
        "وكاله", "صحيفه", "قناه", "موقع", "اذاعه", "تلفزيون", "مجله", "شبكه", "جريده",
    ]);

    /// <summary>
    /// Common given names. They only break a tie: where a run of words without the article could start its name at
    /// more than one word («رئيس جمعية تجار بيروت نقولا شماس»), a given name is where it starts.
    /// </summary>
    private static readonly HashSet<string> GivenNames = Folded(
    [
        "محمد", "احمد", "طالب", "محمود", "مصطفي", "علي", "حسن", "حسين", "عمر", "عثمان", "خالد", "سعيد", "سعد", "ابراهيم",
        "اسماعيل", "يوسف", "يعقوب", "موسي", "عيسي", "سليمان", "داود", "ادم", "نوح", "صالح", "فيصل", "فهد", "ناصر",
        "منصور", "جمال", "كمال", "نبيل", "نبيه", "وليد", "سمير", "سامي", "سليم", "رامي", "فادي", "هاني", "غسان", "جورج",
        "ميشال", "ميشيل", "الياس", "نقولا", "جوزيف", "بطرس", "بولس", "انطوان", "شربل", "ايلي", "طوني", "جان", "مارك",
        "شادي", "زياد", "رياض", "رشيد", "مازن", "ماهر", "ناجي", "نزار", "وسيم", "وسام", "باسم", "باسل", "حازم", "حاتم",
        "طارق", "عماد", "عادل", "عاصم", "عصام", "فارس", "فؤاد", "فواد", "كريم", "مروان", "منير", "نادر", "هشام", "ياسين",
        "ياسر", "يحيي", "زكريا", "سامر", "سهيل", "توفيق", "جابر", "جواد", "حمزه", "حيدر", "عباس", "جعفر", "قاسم", "مهدي",
        "رضا", "نعيم", "نصر", "امين", "انور", "اسعد", "اكرم", "ايمن", "ايهاب", "بشير", "بلال", "جميل", "جهاد", "حبيب",
        "حسان", "خليل", "راشد", "رافع", "ربيع", "رفيق", "زهير", "سالم", "سعود", "شريف", "شوقي", "صلاح", "ضياء", "طلال",
        "عارف", "عدنان", "عزت", "علاء", "عمار", "عمرو", "غازي", "فراس", "فريد", "فوزي", "ماجد", "مالك", "مجدي", "مراد",
        "معن", "مهند", "موفق", "نائل", "نايل", "نجيب", "نديم", "نواف", "هادي", "هيثم", "وائل", "وايل", "وجيه", "وديع",
        "فاطمه", "عايشه", "خديجه", "زينب", "مريم", "سلمي", "ليلي", "هدي", "نور", "منى", "مني", "ريما", "رنا", "ريم",
        "سعاد", "سميره", "سهام", "نادين", "ناديه", "رانيا", "ربي", "هبه", "هند", "دعاء", "اسماء", "امل", "امال", "ايمان",
        "جنان", "حنان", "دينا", "رشا", "رولا", "زينه", "سارا", "ساره", "سماح", "سوسن", "شيرين", "صفاء", "عبير", "غاده",
        "فرح", "لينا", "لمي", "مايا", "ماري", "منال", "ميرا", "ميساء", "نجلاء", "نسرين", "نهي", "هالة", "هاله", "هيفاء",
        "وفاء", "ياسمين", "جويل", "ديالا", "لوري", "كارول", "كلوديا", "باتريسيا", "جومانا", "جمانه", "مها", "نوال",
        "شيخه", "عاليه", "عليا", "نوره", "موزه", "حصه", "لطيفه", "منيره",

        // Gulf and Levantine names a scene narrates first («ويراقب حمد الرميح …»، «تجلس زهرة …»), which were cut short
        // or lost without a listed given name to open them.
        "حمد", "بدر", "بندر", "مشعل", "نايف", "متعب", "حنا", "زهره", "نبيله", "غاليه", "مزنه",

        // Levantine and Maghrebi names a portrait narrates first with no comma after them («ويملك ريمون عازار مطعمًا …»).
        "ريمون", "جوني", "مارون", "ريتا", "بيار", "رضوان",

        // Met in Libyan reportage as the subject of a narrated verb («فقدت هنية الشاعري بيتها …»): only a listed given
        // name shows such an unclosed run is a person.
        "هنيه",

        // Names that open with «ل» read as «لـ» and a noun after a title («الطالبة ليان …» is no «لـ يان»): listed.
        "لحسن", "لمياء", "ليان", "لؤي", "لبنى", "لطفي", "لبيب", "لجين", "لارا", "لميس", "لانا", "ليث", "لقمان", "لوسي", "ليندا", "لويس", "لما",
    ]);

    /// <summary>
    /// Given names written with the article, mostly in the Maghreb («الحسين أيت بلعيد»، «الطاهر بن علي»): after a title
    /// and before a name word they begin the name.
    /// </summary>
    private static readonly HashSet<string> ArticleGivenNames = Folded(
    [
        "الحسين", "الحسن", "الطاهر", "المهدي", "الهادي", "الحبيب", "المختار", "الصادق", "العربي", "البشير", "الامين", "المنصف",
        "المنجي", "الصحبي", "العياشي", "الميلودي", "المصطفي",

        // Given names of the Sudanese and Nile Valley press («الطيب صالح»، «الفاتح جبرا»، «الزبير أحمد الحسن»).
        "الطيب", "الفاتح", "الزبير", "الفاضل", "الباقر", "المعز",

        // «الشيخ» is a Mauritanian given name before the patronymic «ولد» («الشيخ ولد عبد الله»), a title elsewhere.
        "الشيخ",
    ]);

    /// <summary>A given name written with the article («الحسين»، «الطاهر»، «المنصف»).</summary>
    public static bool IsArticleGivenName(string folded) => ArticleGivenNames.Contains(folded);

    /// <summary>Collective or anonymous sources: attributed, but to nobody in particular.</summary>
    private static readonly HashSet<string> CollectiveSources = Folded(
    [
        "مراقبون", "مراقبين", "محللون", "محللين", "مصادر", "خبراء", "مسوولون", "مسوولين", "دبلوماسيون", "دبلوماسيين",
        "تقارير", "اوساط", "متابعون", "باحثون", "البعض", "بعضهم", "احدهم", "احداهن", "احداهم", "احدهما", "احداهما", "كثيرون", "مختصون", "خبير", "محلل", "مصدر", "تقرير",
        "تقديرات", "بيانات", "ارقام", "احصاءات", "احصايات", "دراسه", "دراسات", "استطلاع", "استطلاعات", "مسح", "احصاء", "احزاب", "منظمات", "جمعيات", "نقابات",

        // Records counted by a body («بحسب سجلات المكتب»، «بحسب حصر أجرته الغرفة»): a document, as «تقديرات» and «أرقام» are.
        "سجلات", "سجل", "حصر",

        // A rule or a custom followed («ويأخذ الدلال، بحسب عرف السوق، …»، «وبحسب القانون، …»، «حسب التعليمات، …»): it says
        // nothing itself, and no one is its speaker.
        "عرف", "العرف", "اعراف", "الاعراف", "تقاليد", "التقاليد", "قانون", "القانون", "قوانين", "القوانين", "تعليمات",
        "التعليمات", "لوايح", "اللوايح", "انظمه", "الانظمه",

        // The old hands of a trade («ويقول قدامى البحارة إن»، «ويروي كبار السن أن»): many, none named.
        "قدامي", "كبار",
        "سكان", "مواطنون", "مزارعون", "اطباء", "ناشطون", "نشطاء", "شهود", "معارضون", "منتقدون", "منتقدوها", "مسوولو",
        "وسايل", "صحف", "حكومات", "دول", "قوي", "جهات", "عاملون", "العاملون", "المسوولون", "الخبراء", "المراقبون",
        "نواب", "مسوول", "دبلوماسي", "ديبلوماسي", "مواطن", "شاهد", "مصرفيون", "اقتصاديون", "اقتصاديين", "سياسيون",
        "قياديون", "اعضاء", "ممثلون", "موظفون", "تجار", "اصحاب", "اهالي", "ذوو", "عايلات", "طلاب", "معلمون", "باحثين",

        // People by a kind told in a broken plural («ويقول أولياء أمور في المدينة إن»، «ويشكو عمال الميناء من»): many, none named.
        "اولياء", "اباء", "امهات", "عمال", "صيادون", "فلاحون",

        // The people of a place («ويقول أهل المنطقة إن»، «ويروي أهل شنقيط أن»): a whole town speaking, no one named.
        "اهل",

        // Bodies in the plural («وتقول إدارات الجامعات إن»): many, none of them named.
        "ادارات", "وزارات", "شركات", "هييات", "موسسات", "بلديات", "جامعات", "مستشفيات", "مصارف", "بنوك", "سلطات",
    ]);

    /// <summary>Words that stand between a title and a name but are neither: adjectives of the title, time words.</summary>
    private static readonly HashSet<string> NonNames = Folded(
    [
        "خاص", "خاصه", "صحفي", "صحفيه", "سابق", "سابقه", "اخر", "اخري", "مطول", "مطوله", "اليوم", "امس", "ايضا", "كذلك",
        "يوم", "ليله", "صباح", "مساء", "عشيه", "اول", "امس", "غدا", "حاليا", "سابقا", "رسمي", "رسميه", "عام", "عامه",
        "بدوره", "بدورها", "نفسه", "نفسها", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض", "اي", "عدد", "احد", "احدي",
        "لا", "لم", "لن", "قد", "ما", "كما", "اما", "ثم", "او", "بل", "لكن", "غير", "سوي", "فقط",
        // «وأما حمد الظاهري، …، فيقول»: «أما» with its conjunction opens the topic and is no part of its name.
        "واما",
        "ذاته", "ذاتها", "عينه", "عينها",

        // A preposition with its pronoun is the verb's complement, never a subject («واستبعد منها نحو مئة ألف لاجئ»).
        // «لم يشأ ذكر اسمه»: the name withheld, never a name itself («ذكر» reports, and «اسمه» was taken for its subject).
        "اسمه", "اسمها",

        "منه", "منها", "منهم", "عنه", "عنها", "عنهم", "فيه", "فيها", "فيهم", "اليه", "اليها", "اليهم", "عليها", "عليهم",

        // An approximator opens a measure, never a subject («بكلفة تقدر بنحو مئة وعشرين مليون ريال»: «تقدر» is
        // «estimated at», and what follows is the amount).
        "بنحو", "بحوالي", "حوالي", "قرابه", "بقرابه", "زهاء", "بزهاء",

        // So does a number with «بـ» («بكلفة تقدر بمليار ومئتي مليون دينار»): the amount estimated, no one's name.
        "بمليار", "بمليون", "بالف", "بمئه", "بمئتي", "بملياري", "بمليوني",

        // How many of a group («يخشى كثير من المواطنين أن»، «ويرى معظم المحللين أن»): many, none of them named.
        "معظم", "اغلب", "غالبيه", "جل", "كثير", "كثيرون", "كثيرين", "العديد", "عديد", "اكثر", "اكثريه", "قله", "قليل", "قليلون",
        "اذا", "لو", "لولا", "كي", "حتي", "عندما", "حينما", "بينما", "فيما", "منذ", "بعدما", "قبل", "بعد", "ريثما",

        // «ويضحك الأب حين يسمع ذلك، ثم يقول إن»: «حين» and its kin open a clause of time, never a name.
        "حين", "وحين", "حالما", "كلما", "طالما",
    ]);

    /// <summary>
    /// «ورفض متحدث باسم الهيئة … الإفصاح عن ميزانية …»، «رفضت الوزارة التعليق على …»: the verbal nouns of telling a refusal
    /// or a promise takes as its object; after the subject they open what was (not) told, never a name.
    /// </summary>
    public static bool IsTellingVerbalNoun(string folded) => TellingVerbalNouns.Contains(folded);

    private static readonly HashSet<string> TellingVerbalNouns = Folded(
    [
        "الإفصاح", "الكشف", "التعليق", "الإدلاء", "الخوض", "الإجابة", "التصريح", "الحديث", "ذكر",
    ]);

    /// <summary>«أخته»، «زوجها»، «ابنه»: kin of someone already named; the name after one begins with its given name.</summary>
    public static bool IsKinOfSomeone(string folded) => KinLexicon.IsWithPronoun(folded);

    /// <summary>Openers of an attribution without a verb: «بحسب …، فإن»، «وفقًا لـ …، فإن»، «حسب …».</summary>
    private static readonly HashSet<string> Openers = Folded(
    [
        "بحسب", "وبحسب", "فبحسب", "حسب", "وحسب", "وفقا", "ووفقا", "فوفقا", "وفق", "ووفق", "طبقا", "وطبقا", "براي", "وبراي", "فبراي",
    ]);

    /// <summary>The words as a set of their folded spellings, so the lists can be written as Arabic is written.</summary>
    private static HashSet<string> Folded(string[] words) => words.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    public static bool IsOpener(string folded) => Openers.Contains(folded);

    /// <summary>
    /// «أبو»، «أم»، and the Gulf «بو» («عبدالله سعد الفيلكاوي، بو فهد،»): the first word of a kunya, the name a person goes
    /// by after their eldest child.
    /// </summary>
    public static bool IsKunyaHead(string folded) => folded is "ابو" or "ام" or "بو";

    /// <summary>Words that give a name's alias in apposition: «المعروف بـ»، «الملقبة بـ»، «المكنى بـ».</summary>
    public static bool IsAliasWord(string folded) => folded is "المعروف" or "المعروفه" or "الملقب" or "الملقبه" or "المكني" or "المكناه" or "الشهير" or "الشهيره";

    public static bool IsComplementiser(string folded) => Complementisers.Contains(folded);

    /// <summary>«لنا»، «لي»، «له»: whom it was said to, right after the verb («وقالت لنا إنها …»), never a name.</summary>
    public static bool IsAddresseePronoun(string folded) => folded is "لنا" or "لي" or "له" or "لها" or "لهم" or "لهن" or "لكم";

    /// <summary>Words that open a clause set against the one before: «بينما»، «فيما»، «في حين»، «لكن».</summary>
    public static bool IsContrast(string folded) => folded is "بينما" or "فيما" or "حين" or "لكن" or "ولكن" or "بيد";

    public static bool StartsContinuation(string folded) => ContinuationStarts.Contains(folded);

    public static bool EndsClause(string folded) => ClauseEnders.Contains(folded);

    /// <summary>
    /// «حديثه»، «كلمتها»: the speaker's own speech, the verb's object before how it was said («وختم الوكيل المساعد حديثه
    /// بالقول»). «حديثة» (modern) folds the same, so only what follows tells it («صاحب معصرة حديثة في …»).
    /// </summary>
    public static bool IsOwnSpeechBeforeSaying(string folded, string? next) =>
        OwnSpeech.Contains(folded) && next is not null && (ReportingVerbs.IsSaying(next) || next.Length > 4 && next.StartsWith("بال", StringComparison.Ordinal));

    private static readonly HashSet<string> OwnSpeech = Folded(["حديثه", "حديثها", "كلامه", "كلامها", "كلمته", "كلمتها", "مداخلته", "مداخلتها"]);

    public static bool IsPreposition(string surface) => Prepositions.Contains(surface);

    public static bool IsParticle(string folded) => NameParticles.Contains(folded);

    /// <summary>«بن»، «ابن»، «بنت»، «آل»: they join a name to the father's or family name and never start one.</summary>
    public static bool IsJoiner(string folded) => Joiners.Contains(folded);

    /// <summary>«الدين» in «صلاح الدين»، «الله» in «فضل الله»: a word with the article inside a given name.</summary>
    public static bool IsCompoundSecond(string folded) => CompoundSeconds.Contains(folded);

    /// <summary>A body that speaks for itself: «وزارة»، «مصرف»، «منظمة», as written or with a prefix («والوزارة»).</summary>
    public static bool IsOrganisation(string folded) => Variants(folded).Any(Organisations.Contains);

    /// <summary>«لوكالة»، «لصحيفة»: the press a speaker told something to.</summary>
    public static bool IsToMedia(string folded) =>
        folded.Length > 2 && folded[0] == 'ل' && !folded.StartsWith("لل", StringComparison.Ordinal) && MediaNouns.Contains(folded[1..]);

    public static bool IsGivenName(string folded) => GivenNames.Contains(folded);

    /// <summary>
    /// Titles a report uses to point back at whoever it is quoting, whatever their office: «وأوضح المسؤول»، «وأضاف
    /// المتحدث»، «وتابعت الخبيرة»، «ويضيف الرجل». Masculine or feminine.
    /// </summary>
    public static bool IsGeneralReference(string folded)
    {
        var bare = WithoutPrefixes(folded);
        bare = bare.EndsWith('ه') ? bare[..^1] : bare;
        return bare is "مسوول" or "متحدث" or "ناطق" or "خبير" or "باحث" or "محلل" or "اكاديمي" or "ناشط" or "دبلوماسي" or "مصدر"
            // «ويضيف الرجل الذي …»، «وتقول السيدة …»، «يقول الشاب …»: a portrait goes on with the person it draws.
            or "رجل" or "سيد" or "شاب";
    }

    /// <summary>«المتحدث»، «الناطقة»: the title «باسم» follows as a preposition («المتحدث باسم الحكومة»).</summary>
    public static bool IsSpokesman(string folded) => Variants(folded).Any(v => v is "متحدث" or "متحدثه" or "ناطق" or "ناطقه");

    /// <summary>«تصريح»، «مؤتمر»، «مقابلة»: the occasion of a statement (<see cref="StatementOccasions"/>).</summary>
    public static bool IsStatementOccasion(string folded) => Variants(folded).Any(StatementOccasions.Contains);

    public static bool IsInstitution(string folded) => Variants(folded).Any(v => InstitutionNouns.Contains(v) || Organisations.Contains(v));

    /// <summary>
    /// «الملك»، «الأميرة»، «الشيخ»: a royal or religious title a body is named after with the person's name («جامعة الملك
    /// عبد العزيز»، «مستشفى الأميرة بسمة»): the words after it are the body's, in a briefing and in a question alike.
    /// </summary>
    public static bool IsTitleOfABodysNamesake(string folded) =>
        folded is "الملك" or "الملكه" or "الامير" or "الاميره" or "الشيخ" or "الشيخه" or "السلطان" or "الامام";

    /// <summary>
    /// «جامعة»، «لجامعة»، «بمستشفى»: a body noun without the article, which takes the next word as its complement (in a
    /// briefing and in a question alike: «جامعة الملك عبد العزيز» names a body, not a speaker).
    /// </summary>
    public static bool IsBodyNoun(string folded) =>
        !HasArticle(folded) && (IsInstitution(folded) || folded.Length > 4 && folded[0] is 'ب' or 'ل' && IsInstitution(folded[1..]));

    /// <summary>
    /// «مراقبون»، «خبراء»، «مصادر»، an indefinite «خبير»: nobody in particular. «الخبير» with the article is a
    /// particular expert, so only a leading «و» is taken off before the lookup.
    /// </summary>
    public static bool IsCollective(string folded) =>
        IsCollectiveWord(folded) || folded.Length > 3 && folded[0] is 'و' or 'ل' && IsCollectiveWord(folded[1..]);

    /// <summary>
    /// A source that is no one: a listed group or document, or a sound masculine plural of a relative adjective or a
    /// participle («معماريون»، «اقتصاديون»، «مهتمون»، «محتجون»، «سائقون»), which names people only as a kind, also
    /// in construct before its complement («مصدّرو الفواكه»، «مربو الدواجن»); «ماكرون»، «هارون»، «عمرو» are names.
    /// </summary>
    private static bool IsCollectiveWord(string folded) =>
        CollectiveSources.Contains(folded)
        || folded.Length >= 6 && (folded.EndsWith("يون", StringComparison.Ordinal) || folded.EndsWith("يين", StringComparison.Ordinal)
            || folded[0] == 'م' && folded[1] != 'ا' && folded.EndsWith("ون", StringComparison.Ordinal))
        || IsActiveParticiplePlural(folded)
        || IsParticiplePluralInConstruct(folded)
        || IsParticiplePluralWithPronoun(folded)
        || IsFemininePlural(folded);

    /// <summary>
    /// «منظموه»، «مؤيدوها»، «منتقدوهم»: the same plural in construct with a pronoun in place of its complement («وقال منظموه
    /// إن» was said by «منظموه»).
    /// </summary>
    private static bool IsParticiplePluralWithPronoun(string folded)
    {
        foreach (var pronoun in (ReadOnlySpan<string>)["ه", "ها", "هم"])
        {
            if (folded.Length > pronoun.Length + 4 && folded.EndsWith(pronoun, StringComparison.Ordinal) && IsParticiplePluralInConstruct(folded[..^pronoun.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «روايتهم»، «تجربتكم»، «بيوتهن»: a noun with a plural possessive pronoun, which no name ends in («إذ تقول روايتهم إن»
    /// was said by «روايتهم»).
    /// </summary>
    public static bool IsNounWithPossessive(string surface)
    {
        var word = surface.TrimEnd('.', '،', ',', '؛', ':', '!', '؟', '"', '»', '”', ')');
        return word.Length >= 5 && !word.StartsWith("ال", StringComparison.Ordinal) && !GivenNames.Contains(ArabicText.Fold(word))
            && (word.EndsWith("هم", StringComparison.Ordinal) || word.EndsWith("هن", StringComparison.Ordinal) || word.EndsWith("كم", StringComparison.Ordinal));
    }

    /// <summary>
    /// «ربات بيوت»، «عاملات»، «ممرضات»: women named by a plural occupation, no one in particular (فاعلات, a participle's
    /// «مـ…ات», or «ربات»); «عرفات»، «فرحات»، «بركات» are names.
    /// </summary>
    private static bool IsFemininePlural(string folded) =>
        folded.EndsWith("ات", StringComparison.Ordinal)
        && (folded is "ربات"
            || folded.Length == 6 && folded[0] != 'م' && folded[1] == 'ا'
            || folded.Length >= 6 && folded[0] == 'م' && folded[1] is not ('ا' or 'و' or 'ي'));

    /// <summary>«سائقون»، «نازحون»، «عاملون»: the pattern فاعلون exactly; «ماكرون» opens with the «م» of a name.</summary>
    private static bool IsActiveParticiplePlural(string folded) =>
        folded.Length == 6 && folded[0] != 'م' && folded[1] == 'ا' && folded.EndsWith("ون", StringComparison.Ordinal);

    /// <summary>
    /// «مصدرو»، «مربو»، «منتجو»: a participle's plural that lost its «ن» before a complement. Its «م» is followed by a
    /// consonant, where the names that end in «و» («ماركو»، «مورو»، «ميلو») have a long vowel there. A given name with the
    /// «و» Mauritanian names add («محمدو»، «محمودو») is a name, not a plural.
    /// </summary>
    private static bool IsParticiplePluralInConstruct(string folded) =>
        folded.Length is >= 4 and <= 7 && folded[0] == 'م' && folded[1] is not ('ا' or 'و' or 'ي') && folded[^1] == 'و' && !GivenNames.Contains(folded[..^1]);

    public static bool IsNonName(string folded) => NonNames.Contains(folded) || KinLexicon.IsWithPronoun(folded);

    /// <summary>«ثلاثة»، «عدة»، «بضعة»: a count before a plural, which makes a group of it.</summary>
    public static bool IsCount(string folded) => Counts.Contains(folded);

    private static readonly HashSet<string> Counts = Folded(
    [
        "اثنان", "اثنين", "ثلاثه", "ثلاث", "اربعه", "اربع", "خمسه", "خمس", "سته", "ست", "سبعه", "سبع", "ثمانيه", "ثماني",
        "تسعه", "تسع", "عشره", "عشر", "عده", "بضعه", "بضع", "عشرات", "مئات", "الاف", "معظم", "اغلب", "غالبيه",
    ]);

    /// <summary>
    /// A number written out («أربعة وعشرين»، «ثلاثين»، «مئة»), with or without «و»: an age or a count after a title
    /// («الشاب البالغ من العمر أربعة وعشرين عامًا»), never a name.
    /// </summary>
    public static bool IsNumberWord(string folded)
    {
        var bare = folded.Length > 3 && folded[0] == 'و' ? folded[1..] : folded;
        return Counts.Contains(bare) && bare is not ("معظم" or "اغلب" or "غالبيه") || NumberWords.Contains(bare);
    }

    private static readonly HashSet<string> NumberWords = Folded(
    [
        "عشرين", "عشرون", "ثلاثين", "ثلاثون", "اربعين", "اربعون", "خمسين", "خمسون", "ستين", "ستون", "سبعين", "سبعون",
        "ثمانين", "ثمانون", "تسعين", "تسعون", "مئه", "مائه", "مئتين", "مئتان", "مئتي", "الف", "الفين", "الفان", "مليون", "مليار",
        "احدي", "اثنتي", "اثنتين", "اثنا", "اثني", "ثماني",
    ]);

    /// <summary>
    /// «الألمانية»، «الإيطالي»، «الهندي»: a people's adjective with the article, of a country the gazetteer knows
    /// («ألمانيا»، «إيطاليا»، «الهند»).
    /// </summary>
    public static bool IsPeoplesAdjective(string folded) =>
        folded.Length >= 6 && folded.StartsWith("ال", StringComparison.Ordinal) && Gazetteer.IsAdjectiveOfPlace(folded);

    /// <summary>A country, city or continent («أفريقيا»، «آسيا»، «قطر»): where a role is held, no part of a name after it.</summary>
    public static bool IsRegion(string folded) => Continents.Contains(folded) || Gazetteer.Places.Contains(folded);

    private static readonly HashSet<string> Continents = Folded(["أفريقيا", "إفريقيا", "آسيا", "أوروبا", "أوربا", "أمريكا", "أميركا", "أستراليا"]);

    /// <summary>
    /// «جهة»، «بجهة»، «عمالة»: the noun of a Maghreb region or prefecture, whose name after it may run to several words
    /// («جهة كلميم واد نون»، «بجهة الدار البيضاء سطات») that are a place, never a speaker's name.
    /// </summary>
    public static bool IsRegionNoun(string folded) =>
        RegionNouns.Contains(folded) || folded.Length > 3 && folded[0] is 'ب' or 'ل' or 'و' && RegionNouns.Contains(folded[1..]);

    private static readonly HashSet<string> RegionNouns = Folded(["جهة", "عمالة", "مقاطعة"]);

    /// <summary>The most words a region's name runs to after its noun («جهة الدار البيضاء سطات»، «جهة طنجة تطوان الحسيمة»).</summary>
    public const int MaxRegionNameWords = 4;

    /// <summary>Time words that may stand between a verb and its subject: «وقال الثلاثاء وزير …»، «وأعلن اليوم رئيس …».</summary>
    public static bool IsTimeWord(string folded) => TimeWords.Contains(folded);

    private static readonly HashSet<string> TimeWords = Folded(
    [
        "اليوم", "امس", "أمس", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "مساء", "صباح",
        "ليل", "الليلة", "فجر", "ظهر", "عصر", "غدا", "مجددا", "أيضا", "كذلك", "بدوره", "بدورها", "لاحقا", "سابقا", "حينها",
    ]);

    /// <summary>
    /// Times of day that are also surnames («عماد صبّاح»، «سامي مساء»): right after a given name and closing the subject
    /// they are the name's; «مساء الثلاثاء» or «صباح اليوم» after a name is still when it was said.
    /// </summary>
    public static bool IsTimeOfDaySurname(string folded) => folded is "صباح" or "مساء" or "ليل" or "فجر" or "ظهر" or "عصر";

    /// <summary>«نفسه»، «ذاته»: after a title («المتحدث نفسه») they point back to the speaker already met.</summary>
    public static bool IsSelfReference(string folded) => folded is "نفسه" or "نفسها" or "ذاته" or "ذاتها" or "عينه" or "عينها";

    /// <summary>«الوزير»، «لوزيرة»، «للسفير»، «الدكتورة»: a title, with or without article or attached preposition.</summary>
    public static bool IsTitle(string folded) => TitleGender(folded) is not null;

    /// <summary>An official title that singles out one person even without a name.</summary>
    public static bool IsOfficeTitle(string folded)
    {
        return Variants(folded).Any(bare => OfficeTitles.Contains(bare) || bare.EndsWith('ه') && OfficeTitles.Contains(bare[..^1]));
    }

    /// <summary>True for a feminine title, false for a masculine one, null for a word that is no title.</summary>
    public static bool? TitleGender(string folded)
    {
        foreach (var bare in Variants(folded))
        {
            if (InstitutionNouns.Contains(bare) || Organisations.Contains(bare))
            {
                // «مؤسسة» is a founder (f.) and far more often a body.
                continue;
            }

            if (FeminineOnlyTitles.Contains(bare))
            {
                return true;
            }

            if (MasculineTitles.Contains(bare))
            {
                return false;
            }

            if (bare.Length > 2 && bare.EndsWith('ه') && MasculineTitles.Contains(bare[..^1]))
            {
                return true;
            }
        }

        return RelationWithPronoun(folded);
    }

    /// <summary>
    /// Whom the speaker is to someone the story named, with the possessive pronoun («جارتهم نصيرة حداد»، «زوجته فاطمة»،
    /// «شقيقها أحمد»): the relation is no part of the name. So is a role held in a body or place just named («وفي مقر
    /// تعاونية …، تقول رئيستها فاطمة آيت لحسن»، «ويقول مديرها …»): the title with its pronoun, never the name's first word.
    /// True for a woman, false for a man, null for any other word.
    /// </summary>
    private static bool? RelationWithPronoun(string folded)
    {
        foreach (var pronoun in ArabicWordForms.AttachedPronouns)
        {
            if (folded.Length <= pronoun.Length + 2 || !folded.EndsWith(pronoun, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = folded[..^pronoun.Length];
            // A title's «ه» is as often its own folded «ة» («محافظة» is no «محافظ» + «ه»): a title takes the longer pronouns.
            var title = pronoun.Length > 1;
            if (Relations.Contains(stem) || title && MasculineTitles.Contains(stem))
            {
                return false;
            }

            // The feminine «ة» is written «ت» before a pronoun: «جارتهم» is «جارة» + «هم».
            if (stem.EndsWith('ت') && (Relations.Contains(stem[..^1]) || title && MasculineTitles.Contains(stem[..^1])))
            {
                return true;
            }
        }

        return null;
    }

    /// <summary>Kin and neighbours, which a report names someone by in relation to another («جاره»، «زوجته»، «شقيقها»).</summary>
    private static readonly HashSet<string> Relations = Folded(["جار", "زوج", "شقيق", "والد", "جد", "خال", "عم", "صديق", "زميل", "قريب"]);

    /// <summary>The word as written, and without its prefixes: «وزير» is a title as it stands, «للسفير» once stripped.</summary>
    private static IEnumerable<string> Variants(string folded)
    {
        yield return folded;
        var bare = WithoutPrefixes(folded);
        if (bare != folded)
        {
            yield return bare;
        }
    }

    /// <summary>Whether the word carries the article, alone or after an attached conjunction or preposition («والحسيني»، «للانتخابات»).</summary>
    public static bool HasArticle(string folded) =>
        folded.Length >= 4 && folded.StartsWith("ال", StringComparison.Ordinal)
        || folded.Length > 3 && folded[0] is 'و' or 'ف' or 'ب' or 'ك' && folded.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)
        || folded.StartsWith("لل", StringComparison.Ordinal)
        || folded.StartsWith("ولل", StringComparison.Ordinal);

    /// <summary>The word without a conjunction and article or attached preposition: «وللسفير» → «سفير»، «لمديرة» → «مديرة».</summary>
    public static string WithoutPrefixes(string folded)
    {
        var w = folded;
        if (w.Length > 4 && w[0] == 'و' && HasArticle(w[1..]))
        {
            // Only the conjunction before an article: a bare leading «و» is as often the word's own («وزارة»).
            w = w[1..];
        }

        if (w.StartsWith("لل", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[2..];
        }

        if (w.Length > 4 && w[0] is 'ب' or 'ك' or 'ف' && w.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
        {
            return w[3..];
        }

        if (w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3)
        {
            return w[2..];
        }

        return w.Length > 3 && w[0] == 'ل' && !w.StartsWith("لي", StringComparison.Ordinal) ? w[1..] : w;
    }
}
