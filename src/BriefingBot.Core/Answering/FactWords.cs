using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Word lists behind <see cref="QuestionShape"/> and <see cref="PassageFacts"/>, in folded spelling (<see cref="ArabicText.Fold(ReadOnlySpan{char})"/>)
/// and without clitics (<see cref="ArabicWordForms"/>): what a question asks for, and what an answer of that kind looks like.
/// </summary>
internal static class FactWords
{
    /// <summary>Question words and fillers before a question's focus («ما هو …»، «كم عدد …»، «في أي عام …»).</summary>
    public static readonly IReadOnlySet<string> Leads = Set(
        "ما", "ماذا", "ماهو", "ماهي", "هو", "هي", "من", "مين", "منو", "شكون", "متى", "متي", "امتى", "امتي", "ايمتى", "كم", "قديش", "اديش", "بكم",
        // How much in the Maghreb's, Egypt's and Iraq's speech («شحال من تلميذ …؟»، «بقداش تتباع …؟»، «كام ساعة …؟»، «شكد …؟»),
        // and «كاين» (there is) before what is counted («شحال كاين من طالب …؟»).
        "شحال", "قداش", "قداه", "كام", "شقد", "شكد", "كاين",
        // The Gulf's and southern Iraq's how much, «كم» with its «ك» said «چ» and written «چ» or «ج» («جم سعر الكرتون؟»،
        // «بچم الكيلو؟»).
        "جم", "بجم",
        "اي", "ايش", "شو", "شنو", "وش", "هل", "أين", "وين", "فين", "كيف", "شلون", "لماذا", "ليش", "ليه", "في", "عدد", "نسبة", "هناك",
        // «ما اسم زوجة …؟» asks the spouse: the name is how the answer is given, not what is asked of. So do the names
        // of several («ما أسماء الشركات التي …؟»).
        "اسم", "أسماء",
        // Light verbs of amount and existence: «كم يبلغ عدد سكان …» asks the population.
        "يبلغ", "تبلغ", "بلغ", "بلغت", "يوجد", "توجد", "يكون", "تكون");

    /// <summary>
    /// Adjectives that sort a thing into one of two or three kinds, each with the kinds opposed to it, in the masculine
    /// singular (<see cref="QuestionShape.KindOf"/> reads the feminine and the plurals as it): debt is domestic or foreign,
    /// a school public or private, wheat local or imported, a fertiliser price subsidised or on the free market. Sizes and
    /// ages («الكبيرة»، «الجديد»، «السابق») are no kinds: news compares them of one thing («السعر الجديد» after the old one).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> OpposedKinds = Opposed(
        ("داخلي", "خارجي"), ("محلي", "مستورد"), ("محلي", "أجنبي"), ("حكومي", "خاص"), ("شمالي", "جنوبي"), ("شرقي", "غربي"),
        ("مدعوم", "حر"), ("رسمي", "موازي"), ("صافي", "إجمالي"), ("أدنى", "أقصى"), ("صيفي", "شتوي"), ("بري", "بحري"), ("بري", "جوي"),
        ("بحري", "جوي"), ("عسكري", "مدني"));

    /// <summary>
    /// Superlatives of preference and renown («أفضل»، «أحسن»، «أحلى»، «أجمل»، «أشهر»): asked of, they ask which thing is best;
    /// news that calls something so uses one of them.
    /// </summary>
    public static readonly IReadOnlySet<string> Preferences = Set("أفضل", "أحسن", "أحلى", "أجمل", "أروع", "أشهر", "أنسب", "أمثل");

    /// <summary>Prepositions that open what a question is about, not who it is about: «ماذا قال عن المترو؟».</summary>
    public static readonly IReadOnlySet<string> Prepositions = Set("عن", "حول", "بشأن", "على", "إلى", "الى", "مع", "بخصوص", "عنه", "عنها", "له", "لها", "فيه", "فيها");

    /// <summary>
    /// The past of «كان», a light verb of the past after a how-much word («كم كانت كلفة …؟»، «كم كان عدد …؟»): what is asked
    /// is the noun after it, as after «يبلغ».
    /// </summary>
    public static readonly IReadOnlySet<string> PastLightVerbs = Set("كان", "كانت");

    /// <summary>
    /// Question words that ask for a quantity: the answer is a number. The dialects' how much («شحال»، «قداش»، «كام»، «شقد»)
    /// ask it as «كم» does, with «ب» for a price as «بكم» («بشحال»، «بقداش»، «بكام»), and so does the Gulf's «جم» («بجم»).
    /// </summary>
    public static readonly IReadOnlySet<string> AsksNumber = Set("كم", "قديش", "اديش", "بكم", "عدد", "نسبة", "شحال", "قداش", "قداه", "كام", "شقد", "شكد", "جم", "بجم");

    /// <summary>
    /// Question words right before what a how-many question counts («كم مصنعًا»، «كم عدد المطاعم»، «شحال من قاعة»، «كام
    /// نساج»): the noun after them is the thing counted.
    /// </summary>
    public static readonly IReadOnlySet<string> CountLeads = Set("كم", "قديش", "اديش", "عدد", "شحال", "قداش", "قداه", "كام", "شقد", "شكد", "جم");

    /// <summary>
    /// Words after which the noun of a how-many question is what it counts: «كم عدد النازحين»، «ما نسبة البطالة»، «كم تبلغ ديون …».
    /// </summary>
    public static readonly IReadOnlySet<string> CountWords = Set("عدد", "نسبة", "يبلغ", "تبلغ", "بلغ", "بلغت");

    /// <summary>
    /// Nouns of a measure rather than of a thing («كم تبلغ قيمة القرض؟»، «كم كلفة …»): a passage gives the value without
    /// naming the measure, so a how-many question led by one counts nothing of its own.
    /// </summary>
    public static readonly IReadOnlySet<string> MeasureNouns = Set(
        "قيمة", "حجم", "كمية", "كلفة", "تكلفة", "مدة", "مسافة", "مبلغ", "معدل", "مستوى", "نسبة", "عدد", "ثمن", "سعر", "أسعار", "مساحة",
        "طول", "وزن", "ارتفاع", "عمق", "حصة", "إجمالي", "مجموع");

    /// <summary>
    /// Nouns of what something costs («كم تكلفة عملية القسطرة؟»، «كم قيمة برنامج الحوافز؟») or what is paid for it («كم
    /// تبلغ رسوم الجمارك؟»): the answer is a sum of money.
    /// </summary>
    public static readonly IReadOnlySet<string> SumNouns = Set(
        "كلفة", "تكلفة", "تكاليف", "ثمن", "قيمة", "مبلغ", "ميزانية", "موازنة",
        // What is paid for a service or owed for a breach: «كم تبلغ رسوم الجمارك؟»، «كم غرامة …؟».
        "رسوم", "غرامة", "غرامات", "أجرة", "إيجار");

    /// <summary>
    /// Verbs of costing right after «كم» («كم كلف جسر وادي أبي رقراق؟»، «كم يكلف مشروع …؟»): they ask a sum of money as
    /// «كم تبلغ كلفة …» does, so a passage that gives no sum is no answer («جسر بطول ثلاثة كيلومترات»). Read only right
    /// after «كم»: «لماذا يكلف الحليب كثيرا؟» asks a cause.
    /// </summary>
    public static readonly IReadOnlySet<string> CostingVerbs = Set(
        "كلف", "كلفت", "يكلف", "تكلف", "سيكلف", "ستكلف");

    /// <summary>
    /// Projects, said of many things: one named by its own name after the word («كلفة مشروع الناقل الوطني») is not costed by
    /// a passage giving the sum of another («مشروعًا لإزالة التلوث … بكلفة …»).
    /// </summary>
    public static readonly IReadOnlySet<string> Projects = Set("مشروع", "المشروع");

    /// <summary>Works that cost, said of many things: what they are done to follows them («بناء العبارة»، «ترميم الكنيسة»).</summary>
    public static readonly IReadOnlySet<string> WorksCosted = Set(
        "بناء", "إنشاء", "تشييد", "ترميم", "تجهيز", "حفر", "شراء", "استئجار", "تكوين", "تدريب", "إصلاح", "صيانة", "توسعة",
        "تعميق", "تأهيل", "تشغيل", "نقل", "إنتاج");

    /// <summary>
    /// Verbs of spending and paying right after «كم», whose subject is who pays («كم أنفقت تركيا على …؟»، «كم يدفع المغربي
    /// …؟»): a place that names the payer is answered by a sum of money said of it. Not «كلف» (what cost it is its subject,
    /// and the place where it stands may go unsaid beside the sum) nor «صرف» (also «سعر الصرف»).
    /// </summary>
    public static readonly IReadOnlySet<string> SpendingVerbs = Set(
        "أنفق", "أنفقت", "ينفق", "تنفق", "سينفق", "ستنفق", "دفع", "دفعت", "يدفع", "تدفع", "سيدفع", "ستدفع", "خصص", "خصصت", "يخصص",
        "تخصص", "رصد", "رصدت", "يرصد", "ترصد", "تبرع", "تبرعت", "يتبرع", "تتبرع", "استثمر", "استثمرت", "يستثمر", "تستثمر", "مول", "مولت",
        "يمول", "تمول");

    /// <summary>
    /// Verbs and nouns of a land's trade and produce: what it exports, imports, produces, consumes or harvests. Asked how
    /// much of a good («كم تصدر مصر من البرتقال؟»، «كم يبلغ إنتاج حماة من المشمش؟»), the good is named after «من».
    /// </summary>
    public static readonly IReadOnlySet<string> TradeWords = Set(
        "يصدر", "تصدر", "صدر", "صدرت", "يستورد", "تستورد", "استورد", "استوردت", "ينتج", "تنتج", "أنتج", "أنتجت", "يستهلك", "تستهلك",
        "استهلك", "استهلكت", "يحصد", "تحصد", "حصد", "حصدت", "صادرات", "واردات", "إنتاج", "استهلاك");

    /// <summary>Units of weight and volume a how-many question counts in: the thing measured comes after them («كم طنًا من الذهب»).</summary>
    public static readonly IReadOnlySet<string> CountUnits = Set(
        "طن", "أطنان", "برميل", "براميل", "لتر", "لترات", "كيلوغرام", "كيلو", "غرام", "ميغاواط", "قنطار", "متر");

    /// <summary>Nouns people are counted in, whoever they are: «ألف شخص»، «مليون نسمة».</summary>
    public static readonly IReadOnlySet<string> PeopleCounters = Set("شخص", "أشخاص", "نسمة", "فرد", "أفراد", "مواطن", "مواطنين", "مواطنا");

    /// <summary>Question words that ask when: the answer is a date or a time.</summary>
    public static readonly IReadOnlySet<string> AsksTime = Set("متى", "متي", "امتى", "امتي", "ايمتى");

    /// <summary>Verbs a when-question asks someone's taking of office by: «متى عُيّن …؟»، «متى انتخب …؟»، «متى تولى …؟».</summary>
    public static readonly IReadOnlySet<string> TakingOfficeVerbs = Set(
        "عين", "عينت", "انتخب", "انتخبت", "تولى", "تولت", "تسلم", "تسلمت");

    /// <summary>
    /// Words that tell an appointment, an election or the taking of an office: the verbs, their nouns and «منصبه»
    /// («منذ توليه منصبه»).
    /// </summary>
    public static readonly IReadOnlySet<string> TakingOffice = Set(
        "عين", "عينت", "عينه", "عينها", "يعين", "تعين", "تعيين", "تعيينه", "تعيينها", "انتخب", "انتخبت", "انتخبه", "انتخبها", "انتخاب",
        "انتخابه", "انتخابها", "تولى", "تولت", "توليه", "توليها", "تسلم", "تسلمت", "تسلمه", "تسلمها", "منصبه", "منصبها");

    /// <summary>Question words that ask why: «لماذا …؟» and its dialect forms.</summary>
    public static readonly IReadOnlySet<string> AsksWhy = Set("لماذا", "ليش", "ليه", "علاش", "لمه");

    /// <summary>
    /// Words after which news tells a happening as a given, not as its news: time words before a verbal noun («منذ اندلاع
    /// الحرب»، «بعد توقف الأعمال»). Not a relative pronoun: «المزارع … الذي باع نصف جواميسه ليسدد ديونه» is news of him.
    /// </summary>
    public static readonly IReadOnlySet<string> Background = Set("منذ", "بعد", "قبل", "إثر", "عقب", "مع", "أثناء", "خلال");

    /// <summary>Words that give a cause right after what they explain: «بعد ارتفاع الأسعار بسبب الجفاف» tells the cause of a given.</summary>
    public static readonly IReadOnlySet<string> CauseMarkers = Set("بسبب", "نتيجة", "لأن", "لأنه", "لأنها", "جراء", "بفعل", "إثر", "بفضل", "إذ");

    /// <summary>
    /// Words that give the purpose of what they follow, which answers why as a cause does: «لكي»، «بهدف», and the accusatives
    /// of purpose news writes («حفاظًا على سمعته»، «سعيًا إلى …»، «تجنبًا لـ…»).
    /// </summary>
    public static readonly IReadOnlySet<string> PurposeMarkers = Set(
        "لكي", "كي", "بهدف", "بغية", "سعيا", "حرصا", "حفاظا", "تجنبا", "تفاديا", "منعا", "أملا", "تخفيفا", "دعما");

    /// <summary>Ordinals after their noun, by rank: «الشحنة الثانية»، «الجولة الأخيرة» (−1: the last).</summary>
    public static readonly IReadOnlyDictionary<string, int> OrdinalsAfter = Ranks(
        ("الأول", 1), ("الأولى", 1), ("الثاني", 2), ("الثانية", 2), ("الثالث", 3), ("الثالثة", 3), ("الرابع", 4), ("الرابعة", 4),
        ("الخامس", 5), ("الخامسة", 5), ("الأخير", -1), ("الأخيرة", -1));

    /// <summary>Ordinals before their noun, by rank: «أول شحنة»، «ثاني جولة»، «آخر رحلة».</summary>
    public static readonly IReadOnlyDictionary<string, int> OrdinalsBefore = Ranks(
        ("أول", 1), ("ثاني", 2), ("ثالث", 3), ("رابع", 4), ("خامس", 5), ("آخر", -1));

    private static Dictionary<string, int> Ranks(params (string Word, int Rank)[] ranks) =>
        ranks.ToDictionary(r => ArabicText.Fold(r.Word), r => r.Rank, StringComparer.Ordinal);

    /// <summary>Nouns that ask when as the question's focus: «ما موعد …؟»، «ما مواعيد القطار؟».</summary>
    public static readonly IReadOnlySet<string> TimeNouns = Set("موعد", "مواعيد", "توقيت", "مواقيت");

    /// <summary>
    /// Verbs of beginning («متى بدأ حفر …؟»، «متى تنطلق البطولة؟») and of a thing's origin («متى بنيت القلعة؟»، «متى افتتح
    /// المترو؟»، «متى أطلقت الشركة الخدمة؟»), return or completion («متى تعود الرحلات؟»، «متى تكتمل المدينة؟»): what they
    /// date is the noun after them.
    /// </summary>
    public static readonly IReadOnlySet<string> BeginningVerbs = Set(
        "بدأ", "بدأت", "يبدأ", "تبدأ", "سيبدأ", "ستبدأ", "انطلق", "انطلقت", "ينطلق", "تنطلق", "سينطلق", "ستنطلق",
        "بني", "بنيت", "شيد", "شيدت", "أنشئ", "أنشئت", "افتتح", "افتتحت", "يفتتح", "تفتتح", "سيفتتح", "ستفتتح", "أطلق", "أطلقت",
        "عاد", "عادت", "يعود", "تعود", "سيعود", "ستعود", "اكتمل", "اكتملت", "يكتمل", "تكتمل", "سيكتمل", "ستكتمل");

    /// <summary>
    /// Nouns of a thing's working that a verb of beginning takes as its object («متى بدأ تشغيل الخط؟»، «متى بدأت الحافلات
    /// العمل؟»): they say what beginning is asked, as the verb does, and news tells it in its own words («دخل الخدمة»،
    /// «افتتح»، «بدأ التشغيل التجريبي»). Digging or building is no such noun: it is another happening than the opening.
    /// </summary>
    public static readonly IReadOnlySet<string> Working = Set("تشغيل", "التشغيل", "العمل", "عمل", "الخدمة", "خدمة");

    /// <summary>Words that place a happening before or after the asker's now («القادمة»، «المقبل»): no part of what happens.</summary>
    public static readonly IReadOnlySet<string> Coming = Set("القادم", "القادمة", "المقبل", "المقبلة", "الجاي", "الجاية", "الماضي", "الماضية", "الجديد", "الجديدة");

    /// <summary>
    /// Words of obligation after which a verb in any person asks what should be done («كم ساعة يجب أن ينام الطفل؟»): advice,
    /// as «كيف أنام» is, whoever it is for.
    /// </summary>
    public static readonly IReadOnlySet<string> ObligationLeads = Set("يجب", "ينبغي", "لازم", "يلزم", "المفروض", "يستحسن");

    /// <summary>Time units that, after «أي», ask when («في أي عام»).</summary>
    public static readonly IReadOnlySet<string> TimeUnits = Set(
        "يوم", "أسبوع", "شهر", "عام", "سنة", "عقد", "قرن", "تاريخ", "صيف", "شتاء", "ربيع", "خريف", "موسم", "مساء", "صباح", "ليلة", "فجر", "ظهر", "ساعة", "دقيقة", "وقت");

    /// <summary>
    /// What general-knowledge questions ask of a place, a person or a thing: its capital, population, size, founding,
    /// birth, leader, treatment… A briefing that answers one says it of that subject; one that mentions the subject
    /// for something else does not answer it.
    /// </summary>
    public static readonly IReadOnlySet<string> Attributes = Set(
        "عاصمة", "عاصمتها", "سكان", "سكانها", "مساحة", "مساحتها", "طول", "ارتفاع", "عمق", "عملة", "لغة", "عمر", "مولد", "ميلاد", "ولد", "ولدت",
        "وفاة", "توفي", "توفيت", "تأسس", "تأسست", "تأسيس", "أسس", "أسست", "مؤسس", "رئيس", "رئيسة", "ملك", "ملكة", "أمير", "حاكم", "علاج",
        "دواء", "أعراض", "مخترع", "اخترع", "مكتشف", "اكتشف", "نشيد", "ديانة", "مناخ", "زوجة", "استقلال", "استقلت", "استقل", "تبعد", "يبعد", "بعيدة", "بعيد", "مسافة",
        "يقع", "تقع", "موقع",
        // Where a person studied («أين درس …؟»، «في أي جامعة تخرجت …؟»): a life fact the news rarely tells of those it quotes.
        "درس", "درست", "تخرج", "تخرجت",
        // Who won, coached or wrote it; its speed, weight, recipe, the conditions to get it.
        "فاز", "فازت", "يفوز", "الفائز", "هداف", "مدرب", "مدربة", "مؤلف", "مؤلفة", "سرعة", "وزن", "وصفة", "شروط",
        // Who holds an office («من هو وزير …»), and who built, designed, wrote or sang it: a briefing answers it only where it
        // names the office or the deed with its subject.
        "وزير", "وزيرة", "محافظ", "سفير", "سفيرة", "قائد", "زعيم", "مدير", "مديرة", "عمدة", "بنى", "بناها", "شيد", "صمم", "كتب", "ألف", "أخرج", "لحن", "غنى", "رسم",
        // Superlatives of the general-knowledge kind («أطول نهر»، «أفضل فندق»); not «أكبر/أهم/أبرز/أكثر», which
        // questions about a briefing ask too («ما أهم مصادر العملة؟»).
        "أطول", "أعلى", "أفضل", "أحسن", "أغنى", "أشهر", "أقدم", "أسرع", "أجمل", "أرخص", "أغلى",
        // What is asked of a person the news quotes and rarely tells: their pay, nationality, spouse, age, faith. A
        // briefing that quotes the minister answers «ما رأي الوزير؟», not «كم راتب الوزير؟».
        "راتب", "راتبه", "راتبها", "رواتب", "أجر", "أجره", "جنسية", "جنسيته", "جنسيتها", "زوج", "زوجها", "زوجته", "عمره", "عمرها",
        "ديانته", "ديانتها", "مذهب", "ثروة", "ثروته", "ثروتها",
        // What a thing is good or bad for («ما فوائد الزنجبيل؟»، «ما أضرار السهر؟»): health lore, told of a subject only where a
        // passage names the benefit or harm of it.
        "فوائد", "أضرار",
        // The price of a thing: said where the thing is priced, not wherever a price or the thing appears.
        "سعر", "أسعار");

    /// <summary>
    /// A ticket, whose price is the fare of what it rides: «سعر تذكرة المترو» is told as «سعر الرحلة الواحدة … المترو».
    /// </summary>
    public static readonly IReadOnlySet<string> Tickets = Set("تذكرة", "تذاكر");

    /// <summary>Currencies a price is given in: «تباع التذكرة بأربعة ريالات» is its price without saying «سعر».</summary>
    public static readonly IReadOnlySet<string> Currencies = Set(
        "ريال", "ريالات", "دينار", "دنانير", "جنيه", "جنيهات", "دولار", "دولارات", "يورو", "درهم", "دراهم", "ليرة", "ليرات", "فرنك",
        "فرنكات", "قرش", "قروش", "سنت", "سنتات",
        // The region's other currencies: the shekel paid in the West Bank, the Somali shilling, the rupee, the yuan.
        "شيكل", "شيكلات", "شواكل", "شيقل", "شلن", "شلنات", "روبية", "روبيات", "يوان",
        // Mauritania's ouguiya, and the small coins prices are given in: the millime, the fils, the baisa, the halala, the
        // Maghreb's centime («بمئة أوقية»، «خمسمئة مليم»، «مئتي بيسة»).
        "أوقية", "أواق", "مليم", "مليمات", "فلس", "فلسا", "بيسة", "بيسات", "هللة", "هللات", "سنتيم", "سنتيمات");

    /// <summary>
    /// Each currency by all the forms it is written in («دولار»، «دولارات»; the Maghreb's «أورو» for the euro): an exchange
    /// rate is asked and given of two of them, whichever form the writer chose.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlySet<string>> CurrencyNames =
    [
        Set("ريال", "ريالات"), Set("دينار", "دنانير"), Set("جنيه", "جنيهات"), Set("دولار", "دولارات"), Set("يورو", "أورو"),
        Set("درهم", "دراهم"), Set("ليرة", "ليرات"), Set("فرنك", "فرنكات"), Set("شيكل", "شيكلات", "شواكل", "شيقل"),
        Set("شلن", "شلنات"), Set("روبية", "روبيات"), Set("يوان"), Set("أوقية", "أواق"),
    ];

    /// <summary>Words that set one currency against another in a question of its rate: «الدينار مقابل الدولار».</summary>
    public static readonly IReadOnlySet<string> Against = Set("مقابل", "أمام", "قدام");

    /// <summary>
    /// Words of price and sale that make a bare number a price («يباع الكيلو بخمسين ألفًا»، «بسعر ثلاثين ألفًا»), where the
    /// news leaves the currency unsaid.
    /// </summary>
    public static readonly IReadOnlySet<string> PriceWords = Set(
        "سعر", "أسعار", "ثمن", "أثمان", "بيع", "يباع", "تباع", "يبيع", "تبيع", "باع", "باعت", "بيعت", "شراء", "يشتري", "تشتري", "اشترى",
        "كلف", "كلفت", "يكلف", "تكلف", "كلفة", "تكلفة");

    /// <summary>A price with the pronoun of the thing priced, named before it: «ويبلغ سعره …»، «ثمنها».</summary>
    public static readonly IReadOnlySet<string> PricesOfIt = Set(
        "سعره", "سعرها", "وسعره", "وسعرها", "ثمنه", "ثمنها", "وثمنه", "وثمنها", "أسعاره", "أسعارها", "كلفته", "كلفتها", "تكلفته", "تكلفتها");

    /// <summary>Words that open an aside on what came before: «الكيلوغرام، الذي يقطف يدويًا، بثلاثين درهمًا».</summary>
    public static readonly IReadOnlySet<string> OpensAside = Set("الذي", "التي", "الذين", "اللذان", "اللتان", "وهو", "وهي", "وهم");

    /// <summary>Interest, whose price («سعر الفائدة») is a rate given in per cent.</summary>
    public static readonly IReadOnlySet<string> Interest = Set("فائدة", "الفائدة", "فوائد", "الفوائد", "فايدة", "الفايدة");

    /// <summary>The people of a place, whose number is its population: «سكان»، «سكانها»، «لسكان».</summary>
    public static readonly IReadOnlySet<string> Inhabitants = Set("سكان", "سكانها", "سكانه");

    /// <summary>The units a population is counted in: «نحو ثلاثين ألف نسمة»، «مئة ألف ساكن».</summary>
    public static readonly IReadOnlySet<string> PeopleUnits = Set("نسمة", "ساكن", "شخص", "مواطن");

    /// <summary>How a rate is given: «ثلاثة في المئة»، «بالمئة»، «نقطتين».</summary>
    public static readonly IReadOnlySet<string> Percent = Set("المئة", "المائة", "مئة", "مائة", "نقطة", "نقاط", "نقطتين");

    /// <summary>Offices a person holds: «من هو/هي …» of one asks for the holder's name.</summary>
    public static readonly IReadOnlySet<string> Offices = Set(
        "وزير", "وزيرة", "رئيس", "رئيسة", "محافظ", "محافظة", "سفير", "سفيرة", "قائد", "زعيم", "مدير", "مديرة", "أمين", "ملك", "ملكة", "أمير",
        "حاكم", "مدرب", "مدربة", "نائب", "نائبة", "متحدث", "عميد", "عمدة");

    /// <summary>
    /// The second person of a question to the bot itself: «أنت» and its dialect forms, and what is asked of it («اسمك»،
    /// «عمرك»، «صنعك»). A verb in the second person («هل تقدر الحكومة …») is no such word: it is also the third feminine.
    /// </summary>
    public static readonly IReadOnlySet<string> ToTheBot = Set(
        "أنت", "انت", "إنت", "أنتِ", "انتي", "أنتي", "إنتي", "أنتم", "انتم", "انتو", "إنتو", "اسمك", "عمرك", "صنعك", "برمجك", "صممك", "طورك",
        "أنشأك", "انشاك", "خلقك",
        // Asking how the bot is, or for its help with something of the reader's own («ممكن تساعدني أكتب رسالة؟»).
        "كيفك", "كيفكم", "حالك", "شلونك", "شخبارك", "ازيك", "إزيك", "ساعدني", "تساعدني", "ساعدنا", "تساعدنا");

    /// <summary>
    /// Words of greeting and thanks («السلام عليكم»، «صباح الخير»، «شكرًا جزيلًا»): a message made only of them is said to the
    /// bot, not asked of the briefings. Each alone may be a news word («السلام»، «الخير»), so only all of them together count.
    /// </summary>
    public static readonly IReadOnlySet<string> Greetings = Set(
        "مرحبا", "مرحبًا", "أهلا", "أهلًا", "اهلا", "هلا", "السلام", "سلام", "عليكم", "وعليكم", "صباح", "مساء", "الخير", "النور",
        "شكرا", "شكرًا", "جزيلا", "جزيلًا", "يعطيك", "العافية", "تحياتي", "هاي");

    /// <summary>
    /// Premises that a name follows («مقهى البارودي»، «بيت النوخذة»، «سوق القصبة»): where a how-many question asks, by kind and
    /// name, as by a place's (<see cref="PlaceKinds"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> Premises = Set(
        "بيت", "دار", "مقهى", "مطعم", "سوق", "مصنع", "معمل", "ورشة", "حي", "محل", "مزرعة", "فندق", "نزل", "متحف", "مسجد", "جامع", "قصر", "قلعة");

    /// <summary>
    /// Works a proper name follows in construct («جسر صالح باي»، «نفق شوم»، «كنيسة الطاهرة»، «محطة الخنق»): built things
    /// news costs one by one.
    /// </summary>
    public static readonly IReadOnlySet<string> Works = Set(
        "جسر", "نفق", "محطة", "كنيسة", "معبد", "برج", "قناة", "مستشفى", "مدرسة", "مركز", "مبنى", "ساقية");

    /// <summary>
    /// Kinds of place a proper name follows in construct («ميناء جبل علي»، «مخيم الهول»، «مدينة بيدوا»): the word after one
    /// without the article is the place's own name.
    /// </summary>
    public static readonly IReadOnlySet<string> PlaceKinds = Set(
        "ميناء", "مدينة", "مخيم", "جزيرة", "قرية", "بلدة", "محافظة", "ولاية", "إقليم", "مطار", "سد", "بحيرة", "معبر", "نهر",
        "جبل", "وادي", "واحة");

    /// <summary>
    /// Verbs of heading something and the office they name: «من يرأس الهيئة؟» asks who is «رئيس الهيئة», «مين بيدير
    /// المستشفى؟» who is its «مدير».
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> HeadingVerbs = OfficesByVerb(
        ("رئيس", ["يرأس", "ترأس", "يترأس", "تترأس", "بيرأس", "بترأس"]),
        ("مدير", ["يدير", "تدير", "بيدير", "بتدير"]),
        ("قائد", ["يقود", "تقود"]));

    /// <summary>Each verb of heading, folded, to the office it names, folded.</summary>
    private static Dictionary<string, string> OfficesByVerb(params (string Office, string[] Verbs)[] offices) =>
        offices.SelectMany(o => o.Verbs.Select(v => (Verb: ArabicText.Fold(v), Office: ArabicText.Fold(o.Office))))
            .ToDictionary(p => p.Verb, p => p.Office, StringComparer.Ordinal);

    /// <summary>
    /// The office a folded word heads by a verb of heading with its object a pronoun («المنطقة الاقتصادية، التي يرأسها …»
    /// gives «رئيس»), or null: news names a head this way as often as by the office's noun.
    /// </summary>
    public static string? OfficeHeadedByPronounVerb(string folded) =>
        ArabicWordForms.AttachedPronouns.FirstOrDefault(p => folded.EndsWith(p, StringComparison.Ordinal)) is { } pronoun
        && HeadingVerbs.TryGetValue(folded[..^pronoun.Length], out var office) ? office : null;

    /// <summary>
    /// Offices that head a body, whatever the body calls its head: «من يرأس الأكاديمية؟» is answered by «مديرة أكاديمية
    /// التكوين … ريم السويدي», «من يدير البنك المركزي؟» by its «محافظ».
    /// </summary>
    public static readonly IReadOnlyList<string> HeadOffices = [.. new[] { "رئيس", "رئيسة", "مدير", "مديرة", "عميد", "عميدة", "أمين", "محافظ", "قائد" }.Select(w => ArabicText.Fold(w))];

    /// <summary>Nouns of a class of ticket, seat or service: «الدرجة الأولى»، «فئة رجال الأعمال».</summary>
    public static readonly IReadOnlySet<string> TierNouns = Set("درجة", "الدرجة", "فئة", "الفئة");

    /// <summary>
    /// The classes a ticket or a seat is sold in, without the article: a price of the economy class is none of the first.
    /// Not «حرارة» («درجة الحرارة» is a measure, not a class).
    /// </summary>
    public static readonly IReadOnlySet<string> Tiers = Set(
        "أولى", "اولى", "ثانية", "ثالثة", "سياحية", "اقتصادية", "أعمال", "اعمال", "ممتازة", "عادية", "فاخرة", "سياحيه", "اقتصاديه");

    /// <summary>
    /// The nouns a reader calls someone by what they own: «صاحبة مشغل الحقائب»، «مالك المطعم». A report seldom says them of
    /// the person it quotes: it gives the thing as theirs («في مشغلها»، «لنشه») or by what they do with it («تدير دار ضيافة»).
    /// </summary>
    public static readonly IReadOnlySet<string> Owners = Set("صاحب", "صاحبة", "مالك", "مالكة");

    /// <summary>Verbs and nouns of owning after «من»: «من يملك الميناء؟»، «مين مالك الشركة؟».</summary>
    public static readonly IReadOnlySet<string> Owning = Set("يملك", "تملك", "يمتلك", "تمتلك", "بيملك", "بتملك", "مالك", "مالكة", "ملاك", "صاحب", "أصحاب");

    /// <summary>
    /// Words a passage says who owns something with: a verb of owning, its nouns, a share of the capital, a body something
    /// belongs to («وتملك الدولة أربعة وسبعين في المئة من رأسمال الشركة»، «الأكاديمية التابعة للشركة»). «تشغّله شركة
    /// تركية» says who runs it, not who owns it.
    /// </summary>
    public static readonly IReadOnlySet<string> Ownership = Set(
        "يملك", "تملك", "يمتلك", "تمتلك", "يملكها", "تملكها", "يملكه", "تملكه", "مالك", "مالكة", "مالكو", "مالكي", "ملاك", "ملكية", "مملوك",
        "مملوكة", "صاحب", "أصحاب", "رأسمال", "رأسمالها", "رأسماله", "مساهم", "مساهمة", "مساهمين", "مساهمون", "أسهم", "حصة", "حصص", "التابعة", "تابعة", "تابع", "التابع");

    /// <summary>Places of study asked with «أي» before a verb of studying: «في أي جامعة درس …؟» asks where someone studied.</summary>
    public static readonly IReadOnlySet<string> Schools = Set("جامعة", "كلية", "معهد", "مدرسة", "تخصص", "اختصاص");

    /// <summary>
    /// Words that ask who («من هو …»، «مين …»), the Maghreb's «شكون» among them: «شكون رئيس حلقة العزابة؟» asks who holds
    /// the office as «من هو رئيس …؟» does, and is judged by the holder checks as it.
    /// </summary>
    public static readonly IReadOnlySet<string> AsksWho = Set("من", "مين", "منو", "شكون");

    /// <summary>
    /// The chat's verbs of winning a title or a match, past tense: «شكون ربح الدوري؟»، «مين ربح الكاس؟»، «منو كسب البطولة؟»
    /// ask who won it as «من فاز بالدوري؟» does. Only after a word asking who: «كم ربح التاجر؟» asks a profit.
    /// </summary>
    public static readonly IReadOnlySet<string> WinningVerbs = Set("ربح", "ربحت", "كسب", "كسبت");

    /// <summary>
    /// Words before a place that make it another place than where the news happens: where people come from or go to, whom
    /// a border or a deal is with, what a road runs through («جاؤوا من إيطاليا وفرنسا وتونس»، «قرب الحدود مع كينيا»).
    /// </summary>
    public static readonly IReadOnlySet<string> PlaceRelations = Set(
        "من", "مع", "إلى", "الى", "قرب", "بقرب", "حدود", "الحدود", "حدودها", "حدوده", "مقابل", "عبر", "نحو", "باتجاه", "جارتها", "جارته");

    /// <summary>The units a length or a distance is given in; before <see cref="MeasureUnits"/>, which reads it as it starts.</summary>
    private static readonly IReadOnlySet<string> LengthUnits = Set("كيلومتر", "كيلومترات", "كلم", "متر", "أمتار", "ميل", "أميال");

    /// <summary>
    /// Attributes that are measured, with the units a passage gives them in: «كم مساحة الغابات التي احترقت؟» is answered
    /// by «خمسة وأربعين ألف هكتار من الغابات», which never says «مساحة».
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> MeasureUnits = new Dictionary<string, IReadOnlySet<string>>
    {
        [ArabicText.Fold("مساحة")] = Set("هكتار", "هكتارات", "دونم", "دونمات", "فدان", "أفدنة", "كيلومتر", "كيلومترات", "كلم", "متر", "أمتار"),
        [ArabicText.Fold("مساحتها")] = Set("هكتار", "هكتارات", "دونم", "دونمات", "فدان", "أفدنة", "كيلومتر", "كيلومترات", "كلم", "متر", "أمتار"),
        [ArabicText.Fold("طول")] = LengthUnits,
        [ArabicText.Fold("مسافة")] = LengthUnits,
        // «كم تبعد بغداد عن العقبة؟» asks a distance by its verb: «من العقبة إلى بغداد نحو ألف وأربعمئة كيلومتر».
        [ArabicText.Fold("تبعد")] = LengthUnits,
        [ArabicText.Fold("بعيدة")] = LengthUnits,
        [ArabicText.Fold("بعيد")] = LengthUnits,
        [ArabicText.Fold("يبعد")] = LengthUnits,
        [ArabicText.Fold("ارتفاع")] = Set("كيلومتر", "كيلومترات", "متر", "أمتار", "قدم", "درجة", "درجات"),
        [ArabicText.Fold("عمق")] = Set("كيلومتر", "كيلومترات", "متر", "أمتار"),
        [ArabicText.Fold("وزن")] = Set("طن", "أطنان", "كيلوغرام", "كيلوغرامات", "كيلو", "غرام"),
        [ArabicText.Fold("سرعة")] = Set("كيلومتر", "كيلومترات", "كلم", "ميل", "أميال", "عقدة", "عقدات"),
        [ArabicText.Fold("سعر")] = Currencies,
        [ArabicText.Fold("أسعار")] = Currencies,
    };

    /// <summary>
    /// The verbs that ask where a thing lies: «أين تقع برك التبخير؟»، «وين يقع المصنع؟»; the Levantine and Egyptian «بيقع /
    /// بتقع», and the noun chat asks it by: «وين موقع واحة الأزرق بالزبط؟».
    /// </summary>
    public static readonly IReadOnlySet<string> Lying = Set("تقع", "يقع", "بيقع", "بتقع", "موقع");

    /// <summary>
    /// Words that say where a thing lies, before a place's name or as one: «في منطقة غور الصافي»، «قرب العقبة»، «شمال
    /// بغداد»، «محافظة ظفار».
    /// </summary>
    public static readonly IReadOnlySet<string> Whereabouts = Set(
        "منطقة", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "ضواحي", "أطراف", "ساحل", "شاطئ", "ضفة", "حي", "حارة", "فريج", "ضاحية");

    /// <summary>The verbs that ask how far one place is from another: «كم تبعد حمص عن دمشق؟».</summary>
    /// <summary>The dialects ask it by the adjective after how much: «قداش بعيدة ورقلة على العاصمة؟»، «شحال بعيدة أصيلة على طنجة؟».</summary>
    public static readonly IReadOnlySet<string> DistanceVerbs = Set("تبعد", "يبعد", "بعيدة", "بعيد");

    /// <summary>The attributes that ask what someone is paid: «كم راتب الطبيب المقيم؟»، «كم أجر العامل؟».</summary>
    public static readonly IReadOnlySet<string> Pay = Set("راتب", "رواتب", "أجر", "أجور", "معاش");

    /// <summary>
    /// Verbs of drawing pay, by which news tells a salary without «راتب»: «يتقاضى الطبيب المقيم ألفًا وتسعمئة دينار».
    /// </summary>
    public static readonly IReadOnlySet<string> PayVerbs = Set("يتقاضى", "تتقاضى", "يتقاضون", "يتقاضين", "تقاضى", "تقاضت", "يكسب", "تكسب", "يكسبون");

    /// <summary>
    /// Verbs of earning or being paid right after a how-much word («كم يربح الغواص في الموسم؟»، «قداش يخلص المعلم؟»، «شحال
    /// كيتخلص الرسام؟»): they ask a sum of money as «كم يتقاضى» does. With the dialects' «يخلص» (pays, is paid) and its
    /// Moroccan forms in «كي/كت».
    /// </summary>
    public static readonly IReadOnlySet<string> EarningVerbs = Set(
        "يتقاضى", "تتقاضى", "يتقاضون", "يتقاضين", "تقاضى", "تقاضت", "يكسب", "تكسب", "يكسبون", "يربح", "تربح", "يربحون", "ربح", "ربحت",
        "يجني", "تجني", "يجنون", "يخلص", "تخلص", "يخلصو", "يخلصوا", "يتخلص", "تتخلص", "كيخلص", "كيخلصو", "كتخلص", "كيتخلص", "كتتخلص");

    /// <summary>
    /// Verbs of selling, buying and becoming after a how-much word with «ب» («بكم يباع …؟»، «بقداش تتباع …؟»، «بكم تشتري
    /// المؤسسة …؟»، «بشحال ولا الشعير؟»): the «ب» of price asks what it sells or sells for, a sum of money. After «كم» alone
    /// they may ask how much of it («كم تبيع التعاونية من الجبن؟»), and «بكم» before another verb asks by how much
    /// something changed («بكم تراجع الإنتاج؟»: «بنحو الربع»).
    /// </summary>
    public static readonly IReadOnlySet<string> SaleVerbs = Set(
        "يباع", "تباع", "بيع", "بيعت", "سيباع", "ستباع", "يبيع", "تبيع", "يبيعون", "يبيعوا", "يبيعو", "باع", "باعت", "باعوا", "يتباع",
        "تتباع", "كيتباع", "كتتباع", "كيبيع", "كتبيع", "يشتري", "تشتري", "يشترون", "يشتروا", "اشترى", "اشترت", "اشتروا", "يشري", "تشري",
        "كيشري", "صار", "صارت", "ولا", "ولات", "ولى", "أصبح", "أصبحت");

    /// <summary>The attributes that ask who built a thing: «من بنى السدود؟»، «من شيد القطار؟».</summary>
    public static readonly IReadOnlySet<string> BuildingDeeds = Set("بنى", "بناها", "شيد");

    /// <summary>
    /// The attributes that ask who founded a thing or when («متى تأسس المخيم؟»، «من أسس الشركة؟»): news tells the founding by
    /// whichever verb of building or founding it chose, as often as by «تأسس»: «مخيم «قمر رم» الذي أقامه والده عام 1998».
    /// </summary>
    public static readonly IReadOnlySet<string> FoundingDeeds = Set("تأسس", "تأسست", "أسس", "أسست", "تأسيس", "مؤسس");

    /// <summary>
    /// Past verbs of founding with the object pronoun of the thing founded, said after it as verbs of building are: «الجمعية
    /// التي أسستها نساء القرية».
    /// </summary>
    public static readonly IReadOnlySet<string> FoundingVerbs = Set("أسسه", "أسسها", "أسسته", "أسستها", "أسسوه", "أسسوها");

    /// <summary>
    /// Past verbs of building as news names a builder by them, with the object pronoun of the thing built: «السدود التي
    /// أقامتها تركيا»، «الذي بنته شركتان صينيتان»، «التي نفذتها الشركة الصينية». Present forms are left out: «تقيم» is as
    /// often where someone stays or what an organiser holds. So are «بنى», which folds to the «بني» of «بني سويف», and
    /// «بنت», a daughter in the names of the Gulf («مريم بنت علي»).
    /// </summary>
    public static readonly IReadOnlySet<string> BuildingVerbs = Set(
        "بناه", "بناها", "بنته", "بنتها", "بنوا", "بنوه", "بنوها",
        "شيد", "شيده", "شيدها", "شيدت", "شيدته", "شيدتها", "شيدوا", "شيدوها",
        "أقام", "أقامه", "أقامها", "أقامت", "أقامته", "أقامتها", "أقاموا", "أقاموها",
        "أنشأ", "أنشأه", "أنشأها", "أنشأت", "أنشأته", "أنشأتها", "أنشأوا", "أنشأوها",
        "نفذ", "نفذه", "نفذها", "نفذت", "نفذته", "نفذتها", "نفذوا", "نفذوها",
        "أنجز", "أنجزه", "أنجزها", "أنجزت", "أنجزته", "أنجزتها");

    /// <summary>
    /// Words after which a verb's subject is a pronoun for a name said before («وقد تأسست»، «التي تأسست»): what the verb says
    /// is said of that name.
    /// </summary>
    public static readonly IReadOnlySet<string> ReferringBack = Set("قد", "وقد", "الذي", "التي", "والذي", "والتي");

    /// <summary>
    /// The relative pronouns that open a clause describing the noun before them («المبلغ الذي تأخرت أربيل في تسليمه»), spoken
    /// «اللي» too.
    /// </summary>
    public static readonly IReadOnlySet<string> RelativePronouns = Set("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللي");

    /// <summary>The marks that end a clause in news prose: a comma (Arabic or Latin), a full stop, a semicolon, a colon.</summary>
    public static readonly char[] ClauseEnds = ['،', ',', '.', '؛', ';', ':'];

    /// <summary>
    /// Experts, by which a question asks what specialists think («ما رأي المختصين/الخبراء …؟»): the briefing quotes one of them
    /// by another of these words («الخبير الزراعي»، «المحلل»، «الباحث»).
    /// </summary>
    public static readonly IReadOnlySet<string> Experts = Set(
        "خبير", "خبيرة", "خبراء", "مختص", "مختصة", "مختصون", "مختصين", "متخصص", "متخصصون", "متخصصين", "محلل", "محللة", "محللون", "محللين",
        "باحث", "باحثة", "باحثون", "باحثين",
        // An academic is the specialist news quotes as often: «الدكتورة نادية العلوي، أستاذة الكيمياء البيئية» answers «ماذا
        // تقترح الباحثة …؟».
        "أستاذ", "أستاذة", "دكتور", "دكتورة", "أكاديمي", "أكاديمية");

    /// <summary>
    /// A length and a distance are one measure: a line or a road is said to run «على مسافة سبعمئة وخمسين كيلومترًا» between
    /// its ends, which gives its length («كم طول خط السكة؟»), and «بطول» gives the distance.
    /// </summary>
    public static readonly IReadOnlySet<string> Lengths = Set("طول", "مسافة");

    /// <summary>
    /// Days a question may name for when something happens: feasts and the month of fasting, beside the months and
    /// weekdays (<see cref="Months"/>, <see cref="Weekdays"/>). «هل المترو مجاني يوم العيد؟» asks of that day.
    /// </summary>
    public static readonly IReadOnlySet<string> Feasts = Set("العيد", "عيد", "الفطر", "الأضحى", "الكريسماس", "رمضان");

    /// <summary>
    /// Each month by its names in the Gulf and Egypt, the Levant and Iraq, and the Maghreb: a question asking of «تموز» is
    /// answered by a passage saying «يوليو». «كانون» and «تشرين» name two months each, so they are in two groups.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlySet<string>> MonthNames =
    [
        Set("يناير", "كانون", "جانفي"), Set("فبراير", "شباط", "فيفري"), Set("مارس", "آذار"), Set("أبريل", "ابريل", "إبريل", "نيسان", "أفريل"),
        Set("مايو", "أيار"), Set("يونيو", "يونيه", "حزيران", "جوان"), Set("يوليو", "يوليه", "تموز", "جويلية"), Set("أغسطس", "أوت"),
        Set("سبتمبر", "أيلول"), Set("أكتوبر", "تشرين"), Set("نوفمبر", "تشرين"), Set("ديسمبر", "كانون"),
    ];

    /// <summary>Month names that are also common words («مارس» is «he practised»): a date only after «في» or «شهر».</summary>
    public static readonly IReadOnlySet<string> AmbiguousMonths = Set("مارس");

    /// <summary>Words asking how, in the standard and the chat dialects: «كيف»، «ازاي»، «شلون»، «كيفاش».</summary>
    public static readonly IReadOnlySet<string> HowWords = Set("كيف", "ازاي", "إزاي", "شلون", "كيفاش");

    /// <summary>Words after which a first-person verb asks for advice («كيف أطبخ …»، «يجب أن أنام»).</summary>
    public static readonly IReadOnlySet<string> AdviceLeads = Set("كيف", "ازاي", "شلون", "كيفاش", "أن", "هل", "لازم", "يجب", "ممكن", "بدي", "أريد", "عايز");

    /// <summary>
    /// Words by which a question speaks of the asker's own life: what they have, want or need («عندي»، «بدي»، «أحتاج») and
    /// their own things and people («راتبي»، «موبايلي»، «ابني»). A news briefing tells of others, not of the reader's salary,
    /// phone or son. Not «لدي», which is also «لدى» folded («كم قاربًا لدى خفر السواحل؟»).
    /// </summary>
    public static readonly IReadOnlySet<string> AskersOwn = Set(
        "عندي", "بدي", "بدّي", "أبغى", "ابغى", "أبغي", "عايز", "عايزة", "عاوز", "عاوزة", "أحتاج", "ليا",
        "راتبي", "معاشي", "موبايلي", "جوالي", "تلفوني", "تليفوني", "هاتفي", "وظيفتي", "شغلي", "ابني", "بنتي", "ولدي", "أمي", "أبوي",
        "زوجي", "زوجتي", "بيتي", "شقتي", "سيارتي", "حسابي", "طفلي", "أطفالي", "عيالي", "وزني", "بشرتي");

    /// <summary>Leads of a definition question («ما هو …؟»، «ما معنى …؟»).</summary>
    public static readonly IReadOnlySet<string> DefinitionLeads = Set("هو", "هي", "ماهو", "ماهي", "معنى", "يعني", "تعريف");

    /// <summary>
    /// Definition leads that are the question's focus themselves («ما معنى …؟»، «ماذا يعني …؟»، «ما تعريف …؟»): the term
    /// defined follows them.
    /// </summary>
    public static readonly IReadOnlySet<string> DefinitionFocus = Set("معنى", "يعني", "تعني", "تعريف", "مفهوم");

    /// <summary>
    /// Nouns of what a person does for a living, asked as «ما هي مهنة حسين المناعي؟»: news tells it where it names the
    /// person («حسين المناعي، وهو مهندس اتصالات»), so the person, not the noun, is what a passage must name.
    /// </summary>
    public static readonly IReadOnlySet<string> Occupations = Set("مهنة", "مهنته", "مهنتها", "وظيفة", "وظيفته", "وظيفتها", "شغلة", "شغلته");

    /// <summary>Nouns that name the defined term as a word («معنى كلمة …»، «تعريف مصطلح …»): not part of the term.</summary>
    public static readonly IReadOnlySet<string> WordNouns = Set("كلمة", "مصطلح", "عبارة", "لفظ", "لفظة", "مفردة");

    /// <summary>
    /// Words for tomorrow: a question about it asks for a forecast, which a report of what happened does not give. The
    /// chat's own words ask it as often: the Gulf and Iraq's «باجر / باچر», the Maghreb's «غدوة».
    /// </summary>
    public static readonly IReadOnlySet<string> Tomorrow = Set("بكرا", "بكره", "غدا", "غدًا", "باجر", "غدوة", "غدوه");

    /// <summary>
    /// Words that ask for the present moment, or the day before it («أمس»، «امبارح»): a briefing is a dated report, not a
    /// live feed.
    /// </summary>
    /// <remarks>
    /// Tomorrow in the chat's words too («شنو حالة الطقس بالبصرة باچر؟»، «واش الطقس غدوة في وهران؟»). The dialects' words
    /// for now — the Gulf's «الحين», Iraq's «هسه», Morocco's «دابا» — are not here: a reader may ask with them of the news itself
    /// (a price «هسه» that the report gives), and read as now they cost fair blind answers for one off-topic question on the
    /// tune part (fortieth round).
    /// </remarks>
    public static readonly IReadOnlySet<string> Now = Set(
        "اليوم", "الآن", "الان", "حاليا", "حالياً", "هلق", "هالأيام", "هاليومين", "بكرا", "بكره", "غدا", "غدًا", "أمس", "امبارح", "مبارح", "البارحة",
        "باجر", "غدوة", "غدوه");

    /// <summary>A singular of <see cref="Staff"/> and its broken plurals, which the light stemmer keeps apart («عامل» / «عمال»).</summary>
    public static readonly IReadOnlyList<IReadOnlySet<string>> StaffPlurals = [Set("عامل", "عمال"), Set("طالب", "طلاب", "طلبة"), Set("تلميذ", "تلاميذ"), Set("عضو", "أعضاء")];

    /// <summary>Workers and employees as a question names them: all of <see cref="Workers"/>, and part of <see cref="Staff"/>.</summary>
    private static readonly string[] WorkerWords =
        ["عامل", "عاملة", "عمال", "عاملين", "عاملون", "عاملي", "عاملات", "موظف", "موظفة", "موظفين", "موظفون", "موظفي", "موظفات"];

    /// <summary>
    /// The people a body counts as its own: its workers, employees and students, and the members of a council, a union or a
    /// club («كم عدد أعضاء نقابة الفلاحين؟» is the union's headcount, told as «خمسين عضوًا»).
    /// </summary>
    public static readonly IReadOnlySet<string> Staff = Set(
        [.. WorkerWords, "طالب", "طالبة", "طلاب", "طلبة", "طالبات", "تلميذ", "تلاميذ", "عضو", "عضوة", "أعضاء", "عضوات"]);

    /// <summary>
    /// The <see cref="Staff"/> that work for a body, whom news counts as persons as often as by the question's word: «ويعمل فيه
    /// مئة وعشرون شخصًا» is the headcount of «كم موظفًا يعمل في المصنع؟».
    /// </summary>
    public static readonly IReadOnlySet<string> Workers = Set(WorkerWords);

    /// <summary>Verbs of working for a body, by which news counts its people in persons: «ويعمل فيه»، «وتشغّل»، «يوظف».</summary>
    public static readonly IReadOnlySet<string> WorkVerbs = Set(
        "يعمل", "تعمل", "يعملون", "يشتغل", "تشتغل", "يشتغلون", "يوظف", "توظف", "يشغل", "تشغل", "وظفت", "شغلت");

    /// <summary>
    /// Values that change by the hour: prices, weather (also «الجو», as the chat asks it: «شلون الجو ببغداد باجر»), scores,
    /// and the hour itself («كم الساعة الآن؟»).
    /// </summary>
    public static readonly IReadOnlySet<string> LiveValues = Set("سعر", "أسعار", "طقس", "حرارة", "الجو", "مباراة", "بورصة", "الساعة");

    public static readonly IReadOnlySet<string> NumberWords = Set(
        "واحد", "واحدة", "اثنان", "اثنين", "اثنتين", "اثنتان", "اثنا", "اثني", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع",
        "سبعة", "ثمان", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة", "عشرون", "عشرين", "ثلاثون", "ثلاثين", "أربعون", "أربعين", "خمسون", "خمسين",
        "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين", "مئة", "مائة", "مئتين", "مئتان", "مئتي", "مئتا", "مئات", "ألف", "ألفين", "ألفان", "ألفي",
        "آلاف", "مليون", "مليونين", "ملايين", "مليار", "مليارين", "مليارات", "بليون", "نصف", "ثلث", "ربع", "عشرات", "بالمئة", "ضعف", "أضعاف",

        // Hundreds are written as one word: «أربعمئة كيلوغرام»، «ثلاثمائة شركة».
        "ثلاثمئة", "ثلاثمائة", "أربعمئة", "أربعمائة", "خمسمئة", "خمسمائة", "ستمئة", "ستمائة", "سبعمئة", "سبعمائة", "ثمانمئة", "ثمانمائة",
        "تسعمئة", "تسعمائة", "بالمائة",

        // The dual of a unit is a count of two: «زادت الأجرة جنيهين»، «تأخر يومين»، «تضاعف مرتين».
        "جنيهين", "دولارين", "دينارين", "ريالين", "درهمين", "ليرتين", "يومين", "أسبوعين", "شهرين", "عامين", "سنتين", "عقدين", "قرنين",
        "ساعتين", "دقيقتين", "ليلتين", "مرتين", "ضعفين");

    public static readonly IReadOnlySet<string> Months = Set(
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "إبريل", "مايو", "يونيو", "يونيه", "يوليو", "يوليه", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
        "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "أيلول", "تشرين", "جانفي", "فيفري", "أفريل", "جوان", "جويلية", "أوت",
        "محرم", "رمضان", "شوال");

    /// <summary>Weekdays with their article: without it «أحد» is "anyone".</summary>
    public static readonly IReadOnlySet<string> Weekdays = Set("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");

    /// <summary>Words that make a time unit before them a date: «الصيف الماضي»، «الأسبوع المقبل».</summary>
    public static readonly IReadOnlySet<string> RelativeTimes = Set(
        "الماضي", "الماضية", "المقبل", "المقبلة", "القادم", "القادمة", "الحالي", "الحالية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "الجاري",
        "الأخير", "الأخيرة", "السابق", "السابقة");

    /// <summary>Words that open a time expression on the unit or number after them: «منذ أشهر»، «في غضون أسبوع».</summary>
    public static readonly IReadOnlySet<string> TimeOpeners = Set("منذ", "غضون", "خلال", "قبل", "بعد", "مطلع", "أواخر", "أوائل", "منتصف", "نهاية", "بداية");

    /// <summary>
    /// The seasons, after «في» or «كل» a time by themselves: «انقطاعات متكررة للتيار في الصيف» says when they come.
    /// </summary>
    public static readonly IReadOnlySet<string> Seasons = Set("صيف", "شتاء", "خريف", "ربيع");

    /// <summary>Words that are a time by themselves.</summary>
    public static readonly IReadOnlySet<string> TimeAdverbs = Set("أمس", "البارحة", "غدا", "غدًا", "مؤخرا", "مؤخرًا", "حاليا", "الليلة");

    /// <summary>
    /// How a question asks of the year before or after the one it is asked in («العام الماضي»، «السنة الجاية»): with the
    /// article, as a reader names a year, and in spoken words too («الفايت»، «الجاي»). Not «السابق»: «العام السابق» in a
    /// question is mostly the year before another it names («العام السابق للانتخابات»), not before the one it is asked in.
    /// </summary>
    public static readonly RelativeYearWords YearAsked = new(
        Nouns: Set("العام", "السنة", "للعام", "بالعام"),
        Last: Set("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة"),
        This: Set(),
        Next: Set("المقبل", "المقبلة", "القادم", "القادمة", "الجاي", "الجاية"));

    /// <summary>
    /// How a passage speaks of a year counted from its briefing's date, which answers a question's year (digits or
    /// relative): every word a question asks by, and more, since missing it declines a fair answer. News writing also
    /// drops the article («عام»، «سنة»), puts «خلال» where the noun was, says «السابق» of the year before its own date,
    /// and names its own year («العام الجاري»، «هذا العام»), which a question asks by its digits.
    /// </summary>
    public static readonly RelativeYearWords YearWritten = new(
        Nouns: Set("العام", "عام", "السنة", "سنة", "للعام", "بالعام", "خلال"),
        Last: Set("الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق"),
        This: Set("الجاري", "الحالي", "الحالية", "الجارية"),
        Next: Set("المقبل", "المقبلة", "القادم", "القادمة", "الجاي", "الجاية"));

    /// <summary>The verbs after «متى» that ask when something ends or is done («متى ينتهي بناء الطريق؟»).</summary>
    public static readonly IReadOnlySet<string> EndVerbs = Set(
        "ينتهي", "تنتهي", "سينتهي", "ستنتهي", "ينتهى", "تنتهى", "يكتمل", "تكتمل", "سيكتمل", "ستكتمل", "ينجز", "تنجز", "سينجز", "ستنجز",
        "يختتم", "تختتم", "ينقضي", "تنقضي");

    /// <summary>
    /// How news tells when something ends or is done: its verbs and nouns («تنتهي الأعمال»، «نهاية»، «اكتمال»، «ستنجز»، «تسليمه»)
    /// and the words that bound a span of time («حتى»، «بحلول»، «خلال عامين»، «إلى غاية»، «يمتد/يستمر»، «آخر موعد»).
    /// </summary>
    public static readonly IReadOnlySet<string> EndWords = Set(
        "ينتهي", "تنتهي", "سينتهي", "ستنتهي", "انتهاء", "انتهت", "انتهى", "نهاية", "النهائي", "حتى", "لغاية", "غاية", "بحلول", "خلال",
        "يكتمل", "تكتمل", "سيكتمل", "ستكتمل", "اكتمال", "استكمال", "ينجز", "تنجز", "سينجز", "ستنجز", "انجاز", "إنجازه", "إنجازها",
        "تسليم", "تسليمه", "تسليمها", "يختتم", "تختتم", "اختتام", "يمتد", "تمتد", "يستمر", "تستمر", "ينقضي", "تنقضي", "آخر", "مدته", "مدتها");

    /// <summary>
    /// The nouns of a harvest's or a league's season («الموسم الماضي»، «في موسم …»): with a word of <see
    /// cref="RelativeYearWords.Last"/> after one, the season before the one a text is dated in.
    /// </summary>
    public static readonly IReadOnlySet<string> SeasonNouns = Set("الموسم", "موسم", "للموسم", "بالموسم");

    /// <summary>
    /// The kinds of year news counts between the noun and the word that places it: «في العام الدراسي الماضي» is the year
    /// before the briefing's as «العام الماضي» is, and «السنة المالية المقبلة» the year after.
    /// </summary>
    public static readonly IReadOnlySet<string> YearKinds = Set("الدراسي", "الدراسية", "المالي", "المالية", "الجامعي", "الجامعية");

    private static Dictionary<string, IReadOnlySet<string>> Opposed(params (string One, string Other)[] pairs) =>
        pairs.SelectMany(p => new[] { (Kind: ArabicText.Fold(p.One), Opposite: ArabicText.Fold(p.Other)), (Kind: ArabicText.Fold(p.Other), Opposite: ArabicText.Fold(p.One)) })
            .GroupBy(p => p.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(p => p.Opposite).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The words folded, as every list here and the checks' own lists are compared.</summary>
    internal static HashSet<string> Set(params string[] words) =>
        words.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// Words that place a year relative to the one a text is dated in: its nouns («العام»), and the words after one that
/// make it the year before, the same year or the year after.
/// </summary>
internal sealed record RelativeYearWords(IReadOnlySet<string> Nouns, IReadOnlySet<string> Last, IReadOnlySet<string> This, IReadOnlySet<string> Next);
