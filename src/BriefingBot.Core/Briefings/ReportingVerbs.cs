using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// The verbs Arabic news uses to attribute a statement («قال»، «يرى»، «أشار» …), in the folded spelling
/// (see <see cref="ArabicText.Fold(ReadOnlySpan{char})"/>), with and without the conjunction «و» or «ف».
/// A verb before its subject agrees with it in gender, so the verb also tells whether the speaker is a woman.
/// </summary>
internal static class ReportingVerbs
{
    /// <summary>
    /// The verbs that name a cause («أرجع»، «يعزو»), conjugated as <see cref="Conjugations"/>' rows: reporting verbs that
    /// take «إلى» and the thing explained as their object (<see cref="WithIla"/>, <see cref="WithObject"/>), and
    /// <see cref="IsExplaining"/>.
    /// </summary>
    private static readonly string[] ExplainingForms = ["ارجع", "ارجعت", "يرجع", "ترجع", "عزا", "عزت", "يعزو", "تعزو"];

    /// <summary>«ذهب … إلى أن»: going as far as a view, a reporting verb only with «إلى أن» after it (IsGoingAsFarAs).</summary>
    private static readonly string[] GoingAsFarAsForms = ["ذهب", "ذهبت", "يذهب", "تذهب"];

    /// <summary>«حثّ … على»: urging, conjugated as <see cref="Conjugations"/>' rows.</summary>
    private static readonly string[] UrgingForms = ["حث", "حثت", "يحث", "تحث"];

    /// <summary>Each row: past masculine, past feminine, present masculine, present feminine.</summary>
    private static readonly string[][] Conjugations =
    [
        ["قال", "قالت", "يقول", "تقول"],
        ["اضاف", "اضافت", "يضيف", "تضيف"],
        ["اشار", "اشارت", "يشير", "تشير"],
        ["راي", "رات", "يري", "تري"],
        ["اكد", "اكدت", "يوكد", "توكد"],
        ["اعتبر", "اعتبرت", "يعتبر", "تعتبر"],
        ["صرح", "صرحت", "يصرح", "تصرح"],
        ["اوضح", "اوضحت", "يوضح", "توضح"],
        ["لفت", "لفتت", "يلفت", "تلفت"],
        ["شدد", "شددت", "يشدد", "تشدد"],
        ["اعرب", "اعربت", "يعرب", "تعرب"],
        ["رجح", "رجحت", "يرجح", "ترجح"],
        ["اعتقد", "اعتقدت", "يعتقد", "تعتقد"],
        ["حذر", "حذرت", "يحذر", "تحذر"],
        ["ذكر", "ذكرت", "يذكر", "تذكر"],
        ["تابع", "تابعت", "يتابع", "تتابع"],
        ["استطرد", "استطردت", "يستطرد", "تستطرد"],
        ["افاد", "افادت", "يفيد", "تفيد"],
        ["اعلن", "اعلنت", "يعلن", "تعلن"],
        ["كشف", "كشفت", "يكشف", "تكشف"],
        ["ختم", "ختمت", "يختم", "تختم"],
        ["وصف", "وصفت", "يصف", "تصف"],
        ["نبه", "نبهت", "ينبه", "تنبه"],
        ["لاحظ", "لاحظت", "يلاحظ", "تلاحظ"],
        ["اقترح", "اقترحت", "يقترح", "تقترح"],
        ["توقع", "توقعت", "يتوقع", "تتوقع"],
        ["لخص", "لخصت", "يلخص", "تلخص"],
        ["اردف", "اردفت", "يردف", "تردف"],
        ["استدرك", "استدركت", "يستدرك", "تستدرك"],
        ["اعترف", "اعترفت", "يعترف", "تعترف"],
        ["نفي", "نفت", "ينفي", "تنفي"],
        ["نوه", "نوهت", "ينوه", "تنوه"],
        ["دعا", "دعت", "يدعو", "تدعو"],
        ["طالب", "طالبت", "يطالب", "تطالب"],
        ["تساءل", "تساءلت", "يتساءل", "تتساءل"],
        // A question put in a session or a hearing is what its asker said («وفي جلسة للمجلس، سأل الجابري عن مصير
        // برنامج …»); «عن» after the subject opens what was asked, as it does after any verb («النائبة عن العاصمة» stays her role).
        ["سال", "سالت", "يسال", "تسال"],
        ["استبعد", "استبعدت", "يستبعد", "تستبعد"],
        ["انتقد", "انتقدت", "ينتقد", "تنتقد"],
        ["اقر", "اقرت", "يقر", "تقر"],
        ["جدد", "جددت", "يجدد", "تجدد"],
        ["ابدي", "ابدت", "يبدي", "تبدي"],
        ["تحدث", "تحدثت", "يتحدث", "تتحدث"],
        ["علق", "علقت", "يعلق", "تعلق"],
        ["اشاد", "اشادت", "يشيد", "تشيد"],
        ["رفض", "رفضت", "يرفض", "ترفض"],
        ["شرح", "شرحت", "يشرح", "تشرح"],
        ["استغرب", "استغربت", "يستغرب", "تستغرب"],
        // «خلصت الدكتورة …، الباحثة في …، إلى أن»: a researcher's conclusion («خلصت الدراسة إلى أن» is a document's, no one's).
        ["خلص", "خلصت", "يخلص", "تخلص"],
        ["طمان", "طمانت", "يطمين", "تطمين"],
        ["ناشد", "ناشدت", "يناشد", "تناشد"],
        ["ندد", "نددت", "يندد", "تندد"],
        ["رحب", "رحبت", "يرحب", "ترحب"],
        ["اكمل", "اكملت", "يكمل", "تكمل"],
        ["ابرز", "ابرزت", "يبرز", "تبرز"],
        ["اجاب", "اجابت", "يجيب", "تجيب"],
        ["اصر", "اصرت", "يصر", "تصر"],
        ["دافع", "دافعت", "يدافع", "تدافع"],
        ["هاجم", "هاجمت", "يهاجم", "تهاجم"],
        ["نصح", "نصحت", "ينصح", "تنصح"],

        // Advice and pledges are statements of whoever makes them («وأوصت القرشي المزارعين بالتحول …»، «وتعهد الوزير بـ …»).
        ["اوصي", "اوصت", "يوصي", "توصي"],
        ["تعهد", "تعهدت", "يتعهد", "تتعهد"],

        // An estimate is a statement of its maker («قدّر رئيس المؤسسة … الخسائر بأكثر من …»).
        ["قدر", "قدرت", "يقدر", "تقدر"],

        // Reportage: a witness narrates («وتروي أم أحمد أن»، «ويحكي الطبيب … أن»), fears («ويخشى المزارع … أن») or complains
        // («ويشكو الصياد … من»).
        ["روي", "روت", "يروي", "تروي"],
        ["حكي", "حكت", "يحكي", "تحكي"],

        // A witness remembers, as one narrates («ويتذكر الحاج أوبلا أن الشاحنات كانت …»). «تذكر» is the row of «ذكر»'s
        // (she mentions) first and keeps its gender.
        ["تذكر", "تذكرت", "يتذكر", "تتذكر"],

        // «استذكر» is remembering aloud in the press («ويستذكر الشيخ، الذي تجاوز الثمانين، أن الأهالي طالبوا …»).
        ["استذكر", "استذكرت", "يستذكر", "تستذكر"],
        ["خشي", "خشيت", "يخشي", "تخشي"],
        ["شكا", "شكت", "يشكو", "تشكو"],
        // «واشتكى الدرويش من أن …»: the eighth form of the same complaint.
        ["اشتكي", "اشتكت", "يشتكي", "تشتكي"],

        // A cause is a judgement of whoever names it («ويُرجع الخبير العقاري خالد المطيري هذا الارتفاع إلى أن …»، «ويعزو
        // الباحث … ذلك إلى …»): the verb, its subject, the thing explained, then «إلى» and the cause.
        ExplainingForms[..4],
        ExplainingForms[4..],

        // «ويذهب المهندس …، الذي …، إلى أن»: going as far as a view is holding it; only with «إلى أن» after it (IsGoingAsFarAs).
        GoingAsFarAsForms,

        // A post on a social network is quoted as a statement («كتب … على منصة إكس أن»، «وغرّد … قائلًا»).
        ["كتب", "كتبت", "يكتب", "تكتب"],

        // A spokesman reads out his body's statement («وتلا المتحدث باسم الحكومة، …، بيانًا جاء فيه أن»).
        ["تلا", "تلت", "يتلو", "تتلو"],
        ["غرد", "غردت", "يغرد", "تغرد"],

        // A hope or a saying cited are the holder's view («وتأمل العزيزات أن»، «ويستشهد العمدة … بمثل يقول إن»). «أمل» is
        // also hope and a given name, «استشهد» also «was martyred»: only the present, with the subject after it. A stake
        // («يراهن») is a person's only under StakeHeldByAPerson: states and bodies stake too («تراهن موسكو على أن»).
        ["يامل", "تامل"],
        ["يستشهد", "تستشهد"],

        // Urging is a statement of whoever urges («ويحث الإمام التجار على الصدق»), with «على» before what is urged.
        UrgingForms,
    ];

    /// <summary>
    /// Verbs that address those they tell, who may be a pronoun on the verb before its subject («ويحثهم إمامه الشيخ …
    /// على»، «وتنصحهن المدربة بـ»، «ويحذرهم من»): the verb with that pronoun is the same reporting verb.
    /// </summary>
    private static readonly string[][] Addressing =
    [
        UrgingForms,
        ["نصح", "نصحت", "ينصح", "تنصح"],
        ["ناشد", "ناشدت", "يناشد", "تناشد"],
        ["حذر", "حذرت", "يحذر", "تحذر"],
        ["دعا", "دعت", "يدعو", "تدعو"],
    ];

    /// <summary>The pronouns of those addressed, plural only: «ـه / ـها» would make «حذره» (his caution) a verb.</summary>
    private static readonly string[] AddressedPronouns = ["هم", "هن"];

    /// <summary>«يحثهم»، «ونصحتهن»: each addressing verb with the plural pronoun of those it tells, with its gender.</summary>
    private static IEnumerable<(string Form, bool Feminine)> Addressed() =>
        Addressing.SelectMany(row => row.Select((form, i) => (Form: form, Feminine: i % 2 == 1)))
            .SelectMany(v => AddressedPronouns.Select(p => (v.Form + p, v.Feminine)));

    /// <summary>Verbs whose object comes with «بـ» («وطالب بانسحاب …»، «ونوّه بالجهود»): a «بـ» word after them is no subject.</summary>
    private static readonly HashSet<string> WithBa = new(
        new[] { "طالب", "طالبت", "يطالب", "تطالب", "نوه", "نوهت", "ينوه", "تنوه", "اشاد", "اشادت", "يشيد", "تشيد", "ندد", "نددت", "يندد", "تندد", "رحب", "رحبت", "يرحب", "ترحب", "نصح", "نصحت", "ينصح", "تنصح", "اوصي", "اوصت", "يوصي", "توصي", "تعهد", "تعهدت", "يتعهد", "تتعهد", "يستشهد", "تستشهد" }
            .SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>Verbs whose object comes with «عن» («تحدث … عن علاقة …»، «أعرب / عبّر … عن قلقه»): an «عن» after the speaker's name opens what was said.</summary>
    private static readonly HashSet<string> WithAn = new(
        new[] { "تحدث", "تحدثت", "يتحدث", "تتحدث", "اعرب", "اعربت", "يعرب", "تعرب", "كشف", "كشفت", "يكشف", "تكشف", "عبر", "عبرت", "اعلن", "اعلنت", "يعلن", "تعلن" }.SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>Verbs whose object comes with «من» («وحذّر من انقطاع …»): a «من» after the speaker's name opens what was said.</summary>
    private static readonly HashSet<string> WithMin = new(
        new[] { "حذر", "حذرت", "يحذر", "تحذر", "شكا", "شكت", "يشكو", "تشكو", "اشتكي", "اشتكت", "يشتكي", "تشتكي" }.SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>Verbs whose object comes with «على» («وشددت المفوضة على ضرورة …»): «على» after the subject opens what was said.</summary>
    private static readonly HashSet<string> WithAla = new(
        new[] { "حث", "حثت", "يحث", "تحث", "يحثهم", "تحثهم", "حثهم", "حثتهم", "شدد", "شددت", "يشدد", "تشدد", "اكد", "اكدت", "يوكد", "توكد", "علق", "علقت", "يعلق", "تعلق", "اصر", "اصرت", "يصر", "تصر", "رد", "ردت", "يرد", "ترد", "راهن", "راهنت", "يراهن", "تراهن" }.SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>
    /// «وبيّن أن»: «بين» is also the preposition «between», so it is a reporting verb only with its conjunction or in a
    /// form no preposition has («بيّنت»، «يبيّن»).
    /// </summary>
    private static readonly (string Form, bool Feminine)[] Bayyana =
    [
        ("وبين", false), ("فبين", false), ("بينت", true), ("وبينت", true), ("يبين", false), ("ويبين", false),

        // «وعبّر … عن قلقه»: «عبر» is also the preposition «via» («عبر حسابه»), so only with its conjunction.
        ("وعبر", false), ("فعبر", false), ("وعبرت", true), ("فعبرت", true),

        // «وزاد أن» (he added): the present «يزيد» is a given name and «تزيد» (grows) is narration.
        ("زاد", false), ("وزاد", false), ("زادت", true), ("وزادت", true),
    ];

    /// <summary>
    /// Verbs whose object comes with «إلى» («وأشار … إلى ضرورة …»، «ودعا … إلى وقف …»): with no «أن» further on, «إلى»
    /// after the speaker's name opens what was said.
    /// </summary>
    private static readonly HashSet<string> WithIla = new(
        new[] { "اشار", "اشارت", "يشير", "تشير", "لفت", "لفتت", "يلفت", "تلفت", "دعا", "دعت", "يدعو", "تدعو", "نبه", "نبهت", "ينبه", "تنبه" }
            .Concat(ExplainingForms)
            .Concat(GoingAsFarAsForms)
            .SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>
    /// Verbs of judgement that take a direct object after their subject («وصفت النائبة … خطة الوزارة بأنها»، «انتقد الخبير
    /// … قرار الحكومة»، «اعتبر الوزير … خطوة المصرف متأخرة»، «قدّر … الخسائر بـ»), and «أعلن» of a state or a measure
    /// («أعلن رئيس المؤسسة … صلاح الدين بن عمران حالة القوة القاهرة»): the name may run straight into the thing judged.
    /// </summary>
    private static readonly HashSet<string> WithObject = new(
        new[] { "وصف", "وصفت", "يصف", "تصف", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "انتقد", "انتقدت", "ينتقد", "تنتقد", "رفض", "رفضت", "يرفض", "ترفض", "ابدي", "ابدت", "يبدي", "تبدي", "جدد", "جددت", "يجدد", "تجدد", "قدر", "قدرت", "يقدر", "تقدر", "هاجم", "هاجمت", "يهاجم", "تهاجم", "لخص", "لخصت", "يلخص", "تلخص", "اعلن", "اعلنت", "يعلن", "تعلن", "تلا", "تلت", "يتلو", "تتلو", "اوصي", "اوصت", "يوصي", "توصي" }
            .Concat(ExplainingForms)
            .SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>«نقلت الوكالة عن الوزير قوله …»: the subject is the medium; who spoke follows «عن».</summary>
    private static readonly HashSet<string> Relaying = new(
        new[] { "نقل", "نقلت", "ينقل", "تنقل" }.SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>
    /// «وردّ عليه النائب … قائلًا»: «ردّ» (replied) attributes only with «عليه / عليها»; alone it is also «ورد» (appeared)
    /// and a noun («رد فعل»).
    /// </summary>
    private static readonly Dictionary<string, bool> Replying = new[]
        {
            ("رد", false), ("ردت", true), ("يرد", false), ("ترد", true),
            ("اتفق", false), ("اتفقت", true), ("يتفق", false), ("تتفق", true), ("اختلف", false), ("اختلفت", true), ("يختلف", false), ("تختلف", true),
        }
        .SelectMany(v => new[] { v, ("و" + v.Item1, v.Item2), ("ف" + v.Item1, v.Item2) })
        .ToDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);

    /// <summary>
    /// Verbs that say the speaker goes on («وأضاف»، «وتابعت»، «واستطرد»، «وأردف»): what follows adds to what the same
    /// person said just before, so the subject is someone already heard, however the sentence now calls them.
    /// </summary>
    private static readonly HashSet<string> Adding = new(
        new[] { "اضاف", "اضافت", "يضيف", "تضيف", "تابع", "تابعت", "يتابع", "تتابع", "استطرد", "استطردت", "يستطرد", "تستطرد", "اردف", "اردفت", "يردف", "تردف" }
            .SelectMany(v => new[] { v, "و" + v, "ف" + v }),
        StringComparer.Ordinal);

    /// <summary>
    /// Verb forms that are also given names («طالب الرفاعي»، «أبو طالب»، «عزت الدوري»): verbs only with a conjunction
    /// («وطالب»، «وعزت»).
    /// </summary>
    private static readonly HashSet<string> NamesToo = new(["طالب", "عزت"], StringComparer.Ordinal);

    /// <summary>
    /// The verb a form that is also a given name is read as where a name cannot be: with its conjunction («طالب» →
    /// «وطالب»), so it takes its subject and object as the verb does; null for any other word.
    /// </summary>
    public static string? AsVerb(string foldedWord) => NamesToo.Contains(foldedWord) ? "و" + foldedWord : null;

    /// <summary>Each form, with whether it is feminine.</summary>
    private static readonly Dictionary<string, bool> All = Build();

    public static bool IsReportingVerb(string foldedWord) => All.ContainsKey(foldedWord);

    /// <summary>
    /// «وبين»، «وعبر»، «وزاد»: a reporting verb spelt as a preposition or a plain verb is, which inside a quotation («ولا يبقى
    /// بينك وبين الغرق») is what was said, never a verb that names who said it.
    /// </summary>
    public static bool IsLookAlike(string foldedWord) => Array.Exists(Bayyana, b => b.Form == foldedWord);

    /// <summary>Whether the verb takes its object with «بـ» («طالب بـ»، «أشاد بـ»).</summary>
    public static bool TakesBa(string foldedWord) => WithBa.Contains(foldedWord);

    /// <summary>Whether the word is «ردّ» (replied) or «اتفق / اختلف» (agreed, disagreed): followed by «عليه / معه», it attributes.</summary>
    public static bool IsReplying(string foldedWord) => Replying.ContainsKey(foldedWord);

    /// <summary>
    /// Whether the word is a form of «ردّ» (replied): «ردّ / ردّت / يردّ / تردّ», with or without «و / ف» («وردّ» too: the
    /// reply it brings, «بأن» or «بالقول», tells it from «ورد» (appeared)).
    /// </summary>
    public static bool IsRetort(string foldedWord) =>
        (foldedWord.Length >= 3 && foldedWord[0] is 'و' or 'ف' ? foldedWord[1..] : foldedWord) is "رد" or "ردت" or "يرد" or "ترد";

    /// <summary>Whether <paramref name="nextFolded"/> is the pronoun object the replying verb takes: «عليه» after «ردّ», «معه» after «اتفق».</summary>
    public static bool ObjectOfReply(string verbFolded, string nextFolded)
    {
        var bare = verbFolded.Length > 3 && verbFolded[0] is 'و' or 'ف' && Replying.ContainsKey(verbFolded[1..]) ? verbFolded[1..] : verbFolded;
        return bare.Contains("رد", StringComparison.Ordinal)
            ? nextFolded is "عليه" or "عليها" or "عليهم" or "عليهما"
            : nextFolded is "معه" or "معها" or "معهم" or "معهما";
    }

    /// <summary>Whether the verb takes its object with «على» («شدد على»).</summary>
    public static bool TakesAla(string foldedWord) => WithAla.Contains(foldedWord);

    /// <summary>
    /// Whether the verb is one of writing («كتب»، «غرّد»): it quotes a statement only when «أن / إن» or a colon brings
    /// what was written; otherwise it is a book or a poem written («كتب الشاعر … القصيدة»), or «كتب» is books.
    /// </summary>
    public static bool IsWriting(string foldedWord) => foldedWord.Length > 2 && (foldedWord[0] is 'و' or 'ف' ? foldedWord[1..] : foldedWord) is
        "كتب" or "كتبت" or "يكتب" or "تكتب" or "غرد" or "غردت" or "يغرد" or "تغرد";

    /// <summary>
    /// Whether the verb is one of narrating («روى»، «تحكي»، «يتذكر»): it quotes a statement only when «أن» brings one («وتروي أم
    /// أحمد … أن»), not a story told («وتروي أم أحمد … كيف فقدت منزلها»).
    /// </summary>
    public static bool IsNarrating(string foldedWord) => foldedWord.Length > 2 && (foldedWord[0] is 'و' or 'ف' ? foldedWord[1..] : foldedWord) is
        "روي" or "روت" or "يروي" or "تروي" or "حكي" or "حكت" or "يحكي" or "تحكي" or "تذكرت" or "يتذكر" or "تتذكر"
        or "استذكر" or "استذكرت" or "يستذكر" or "تستذكر";

    /// <summary>
    /// Whether the verb is «ذهب» («ويذهب الخبير … إلى أن»): a view held only when «إلى أن» follows its subject; otherwise it
    /// is going somewhere, or money going to someone («يذهب أكثر من نصفها إلى …»).
    /// </summary>
    public static bool IsGoingAsFarAs(string foldedWord) =>
        foldedWord.Length > 2 && GoingAsFarAsForms.Contains(foldedWord[0] is 'و' or 'ف' ? foldedWord[1..] : foldedWord);

    /// <summary>Whether the verb takes its object with «إلى» («أشار إلى»، «دعا إلى»).</summary>
    public static bool TakesIla(string foldedWord) => WithIla.Contains(foldedWord);

    /// <summary>Whether the verb takes its object with «من» («حذّر من»).</summary>
    public static bool TakesMin(string foldedWord) => WithMin.Contains(foldedWord);

    /// <summary>Whether the verb takes its object with «عن» («تحدث عن»).</summary>
    public static bool TakesAn(string foldedWord) => WithAn.Contains(foldedWord);

    /// <summary>Whether the verb judges a thing named right after its subject (<see cref="WithObject"/>).</summary>
    public static bool TakesObject(string foldedWord) => WithObject.Contains(foldedWord);

    /// <summary>
    /// Whether the verb names a cause («أرجع»، «يعزو»): a person's judgement. A body's name runs on into the thing explained
    /// («فيما يعزو مجلس الجامعة التراجع الأخير إلى الهجرة»), so a body is not read as its subject.
    /// </summary>
    public static bool IsExplaining(string foldedWord) => foldedWord.Length > 2
        && (foldedWord[0] is 'و' or 'ف' && Explaining.Contains(foldedWord[1..]) || Explaining.Contains(foldedWord));

    private static readonly HashSet<string> Explaining = new(ExplainingForms, StringComparer.Ordinal);

    /// <summary>Whether the verb says the speaker goes on with what they said just before («وأضاف»، «وتابعت»).</summary>
    public static bool IsAdding(string foldedWord) => Adding.Contains(foldedWord);

    /// <summary>Whether the verb relays what someone else said («نقلت … عن …»).</summary>
    public static bool IsRelaying(string foldedWord) => Relaying.Contains(foldedWord);

    /// <summary>Words that say what follows is said: «قائلًا»، «قائلة»، «بالقول».</summary>
    public static bool IsSaying(string foldedWord) => foldedWord is "قايلا" or "قايله" or "بالقول";

    /// <summary>Whether the verb is a feminine form («قالت»، «وتضيف»); false for a masculine one or a word that is no such verb.</summary>
    public static bool IsFeminine(string foldedWord) =>
        All.TryGetValue(foldedWord, out var feminine) ? feminine : Replying.TryGetValue(foldedWord, out var replying) && replying;

    private static Dictionary<string, bool> Build()
    {
        var forms = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var row in Conjugations)
        {
            for (var i = 0; i < row.Length; i++)
            {
                var feminine = i % 2 == 1;
                foreach (var prefix in new[] { "", "و", "ف" })
                {
                    if (prefix.Length == 0 && NamesToo.Contains(row[i]))
                    {
                        continue;
                    }

                    // A form two rows share keeps the first row's gender.
                    forms.TryAdd(prefix + row[i], feminine);
                }
            }
        }

        foreach (var (form, feminine) in Bayyana)
        {
            forms.TryAdd(form, feminine);
        }

        foreach (var (form, feminine) in Addressed())
        {
            foreach (var prefix in new[] { "", "و", "ف" })
            {
                forms.TryAdd(prefix + form, feminine);
            }
        }

        return forms;
    }
}
