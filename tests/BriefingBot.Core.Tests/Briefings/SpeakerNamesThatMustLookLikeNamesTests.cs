using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A speaker's name must look like a name. Words the press writes after a person and before what they said had been
/// recorded as speakers: how it was said («هدل بلهجة»), a clause of time («حين يسمع»), what a spokesman refused to
/// tell («مشروع الفرن الجماعي»), the anonymity a source asked for («يشأ»), a noun carrying a pronoun («روايتهم»،
/// «منظموه»), the thing asked for described by a verb («وبلوحات تشرح تاريخ …»). A given name the Sudanese press writes
/// with the article goes on inside the name («محمد الفاتح عثمان»), and a verb carrying the pronoun of the quote before it
/// («يقولها») is said by its subject.
/// </summary>
public class SpeakerNamesThatMustLookLikeNamesTests
{
    /// <summary>Two speakers heard under a first heading, before the paragraph a spec judges under a second.</summary>
    private static readonly string[] Before =
    [
        "«الهرم ما بيجري»، يقولها إدريس محمد الأمين وهو يشد حبل ناقته.",
        "ويقف مرتضى عثمان بابكر، وهو مرشد سياحي، أمام الهرم، ويقول إن الزوار قلة.",
        "## بعد ذلك",
    ];

    [Theory]
    [InlineData("ويقول أبو عوض بلهجة أهل الجعليين إن الجولة على ظهر الجمل \"بتاخد ساعة\".", "أبو عوض")]
    [InlineData("ويقول هدل بلهجة أهل الساحل: \"زمان كانت البواخر ترسى هنا\".", "هدل")]
    [InlineData("وتقول سعاد الأمين بصوت خافت إن السوق \"مات\".", "سعاد الأمين")]
    [InlineData("ويقول الصياد حمدان بنبرة حزينة إن البحر \"ما عاد يعطي\".", "حمدان")]
    public void How_it_was_said_after_the_name_is_no_part_of_it(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakersOf([.. Before, paragraph])[^1]);

    [Fact]
    public void A_clause_of_time_is_no_name() =>
        Assert.DoesNotContain(SpeakersOf([.. Before, "ويضحك الأب حين يسمع ذلك، ثم يقول إن الجمل \"أضمن من الشهادة\"."]), s => s is not null && s.Contains("حين", StringComparison.Ordinal));

    [Theory]
    [InlineData("ورفض متحدث باسم الهيئة العامة للآثار والمتاحف الإفصاح عن ميزانية مشروع ترميم الجبانة الشمالية، قائلًا إن الأرقام \"ستعلن لاحقًا\".", "متحدث باسم الهيئة العامة للآثار والمتاحف")]
    [InlineData("ورفضت متحدثة باسم وزارة الصحة التعليق على أرقام المستشفى، قائلة إن التقرير \"لم يكتمل\".", "متحدثة باسم وزارة الصحة")]
    public void What_a_spokesman_refused_to_tell_is_no_name(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakersOf([.. Before, paragraph])[^1]);

    [Theory]
    [InlineData("وأكد موظف في وزارة السياحة، لم يشأ ذكر اسمه، أن الوزارة أعادت تصميم المسار.")]
    [InlineData("وقال مسؤول في البلدية، لم يشأ ذكر اسمه، إن المشروع متأخر.")]
    public void The_name_withheld_is_no_name(string paragraph) =>
        Assert.DoesNotContain(SpeakersOf([.. Before, paragraph]), s => s is "يشأ" or "اسمه");

    [Theory]
    [InlineData("وتؤدى الرقصة منذ قرون، إذ تقول روايتهم إن أجدادهم رقصوا فرحًا.")]
    [InlineData("واختتم المعرض دورته الثامنة، وقال منظموه إن التعاقدات تجاوزت خمسة ملايين.")]
    [InlineData("ويقول منتقدوه إن القرار جاء متأخرًا.")]
    public void A_noun_with_a_pronoun_is_no_one(string paragraph) =>
        Assert.Null(SpeakersOf([.. Before, paragraph])[^1]);

    [Theory]
    [InlineData("وقال مدير موقع البجراوية الأثري الدكتور محمد الفاتح عثمان إن الموقع استقبل ألف زائر.", "محمد الفاتح عثمان")]
    [InlineData("وقال وزير الري محمد الطيب أحمد إن السد سيكتمل العام المقبل.", "محمد الطيب أحمد")]
    public void A_given_name_written_with_the_article_goes_on_inside_the_name(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakersOf([.. Before, paragraph])[^1]);

    [Theory]
    [InlineData("\"التمر يحتاج صبرًا\"، يقولها الحاج سالم وهو يرفع الصندوق.", "سالم")]
    [InlineData("«البحر لا يعطي إلا الصبور»، قالتها أم أحمد وهي تضحك.", "أم أحمد")]
    public void A_verb_with_the_pronoun_of_the_quote_is_said_by_its_subject(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakersOf([.. Before, paragraph])[^1]);

    [Theory]
    [InlineData("ويطالب مرتضى بمظلات للزوار عند مدخل الجبانة وبلوحات تشرح تاريخ الملكة أماني شاخيتو بالعربية، قائلًا إن الزائر \"لا يعرف لمن بنيت\".", "مرتضى عثمان بابكر")]
    [InlineData("ويطالب مرتضى بممر للمشاة وبلوحات تشرح تاريخ النواعير للزوار، قائلًا إن المدينة \"تستحق أكثر\".", "مرتضى عثمان بابكر")]
    public void A_verb_describing_the_thing_asked_for_names_no_one(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakersOf([.. Before, paragraph])[^1]);
}
