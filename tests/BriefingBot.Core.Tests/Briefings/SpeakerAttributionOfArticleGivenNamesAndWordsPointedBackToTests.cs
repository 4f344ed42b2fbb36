using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Given names written with the article («الهادي الطرابلسي»), surnames in «بال», words that point back to a speaker («المسؤول
/// النقابي»، «هذا ما يؤكده …»), statements read out and courts named with their seat: ways the press names its speakers.
/// </summary>
public class SpeakerAttributionOfArticleGivenNamesAndWordsPointedBackToTests
{
    [Theory]
    [InlineData("وقال المدير العام لديوان الحبوب، الهادي الطرابلسي، إن الديوان تعاقد على شراء القمح.", "الهادي الطرابلسي")]
    [InlineData("وقال وزير الصحة، الحبيب المحجوبي، أمام النواب، إن الدولة تنفق الكثير.", "الحبيب المحجوبي")]
    [InlineData("وقال وزير المالية المنصف الغربي إن العجز تراجع.", "المنصف الغربي")]
    public void A_given_name_written_with_the_article_and_its_surname_after_a_role_are_the_speaker(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void The_role_holder_named_with_an_article_given_name_goes_on_by_surname() => AssertSpeakers(
        ["وقال المدير العام لديوان الحبوب، الهادي الطرابلسي، إن الديوان تعاقد على شراء القمح.", "وأوضح الطرابلسي أن المخزون يكفي ستة أسابيع."],
        (0, "الهادي الطرابلسي"),
        (1, "الهادي الطرابلسي"));

    [Fact]
    public void The_general_secretary_set_off_by_commas_is_a_role_not_a_name() =>
        Assert.NotEqual("الأمين العام", SpeakerOf("وقال رئيس الحزب، الأمين العام للاتحاد، إن الأجور لا تكفي."));

    [Fact]
    public void An_official_described_by_a_nisba_that_is_also_a_title_is_the_speaker_just_heard() => AssertSpeakers(
        ["وحذّر رئيس الغرفة الوطنية لأصحاب المخابز، محمد بوعنان، من أن نحو خمسمئة مخبز قد تغلق أبوابها.", "وأكد المسؤول النقابي أن أصحاب المخابز ليسوا سبب الأزمة."],
        (1, "محمد بوعنان"));

    [Fact]
    public void An_expert_of_a_field_is_not_the_minister_just_heard() =>
        AssertSpeakers(["قال وزير المالية سمير سعيد إن العجز تراجع.", "وقال الخبير الاقتصادي إن العجز سيرتفع."], (1, null));

    [Theory]
    [InlineData("وقضت الدائرة الجنائية بالمحكمة الابتدائية بصفاقس الأسبوع الماضي بسجن صاحب مطحنة وابنه عامين. وقالت المحكمة في نص الحكم إن المتهمين باعا أكثر من ثلاثمئة طن.")]
    [InlineData("وقضت المحكمة الابتدائية بصفاقس بسجن صاحب مطحنة. وقالت المحكمة في نص الحكم إن المتهمين باعا أكثر من ثلاثمئة طن.")]
    public void A_court_named_with_its_seat_then_quoted_by_its_noun_is_the_speaker(string paragraph) =>
        Assert.Equal("المحكمة الابتدائية بصفاقس", SpeakerOf(paragraph));

    [Theory]
    [InlineData("وفي ندوة صحفية بالعاصمة، قرأ الناطق الرسمي باسم وزارة الداخلية، العميد منير الجلاصي، بيانًا أعلنت فيه الوزارة حجز مئة طن من الفارينة.", "منير الجلاصي")]
    [InlineData("وقرأ المتحدث باسم الحكومة سامي نصر بيانًا قال فيه إن الأسعار ستبقى.", "سامي نصر")]
    public void Whoever_reads_a_statement_out_speaks_for_it(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    [InlineData("لم يعد الخبز المدعم يكفي حتى منتصف النهار. هذا ما يؤكده عبد الستار الماجري، رئيس المنظمة التونسية لإرشاد المستهلك، مضيفًا أن الشكاوى كثرت.", "عبد الستار الماجري")]
    [InlineData("الأسعار ارتفعت كثيرًا هذا العام. وهو ما تقوله سعاد الحسيني، ربة بيت من بيروت.", "سعاد الحسيني")]
    public void This_is_what_someone_says_makes_the_words_before_theirs(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    [InlineData("واتهم سكان الشركة بالاستحواذ على الآبار، وهو ما نفته إدارتها مؤكدة أنها تعيد تدوير المياه.")]
    [InlineData("تراجعت الصادرات. وهذا ما يفسره ارتفاع الأسعار في الأسواق العالمية.")]
    public void This_is_what_a_body_named_by_a_pronoun_or_a_cause_explains_names_no_one(string paragraph) =>
        Assert.Null(SpeakerOf(paragraph));

    [Theory]
    [InlineData("وقالت المديرة التنفيذية لقطاع الرقابة على المدارس في الهيئة، فاطمة بالهول، إن نسبة هذا العام معقولة.", "فاطمة بالهول")]
    [InlineData("وقال المدير محمد بالحاج إن الأسعار ارتفعت.", "محمد بالحاج")]
    [InlineData("وقال أحمد بالقاهرة إن الأسعار ارتفعت.", "أحمد")]
    public void A_surname_in_bal_after_a_given_name_is_the_name_unless_it_is_a_place(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    [InlineData("وقال الغواص الشاب حسين المناعي إنه يغوص في عطلات نهاية الأسبوع.")]
    [InlineData("وتحدث الغواص الشاب حسين المناعي، وهو مهندس اتصالات، عن أنه يغوص في عطلات نهاية الأسبوع.")]
    [InlineData("وتحدث الغواص الشاب حسين المناعي عن أنه يغوص في عطلات نهاية الأسبوع.")]
    public void An_occupation_and_its_adjective_before_a_name_with_an_article_surname_are_a_role(string paragraph) =>
        Assert.Equal("حسين المناعي", SpeakerOf(paragraph));

    [Fact]
    public void A_role_held_in_one_of_these_bodies_keeps_its_demonstrative() =>
        Assert.Equal("فاطمة بن رجب", SpeakerOf("وقالت صاحبة إحدى هذه الشركات، فاطمة بن رجب، إن شركتها استقبلت ألفي سائح."));

    [Fact]
    public void A_relative_clause_on_the_roles_body_between_role_and_name_keeps_the_name() =>
        Assert.Equal("سامر الحداد", SpeakerOf("في المقابل، يقول الرئيس التنفيذي لمجموعة المنار التعليمية، التي تدير إحدى عشرة مدرسة في دبي، سامر الحداد، إن رواتب المعلمين مرتفعة."));
}
