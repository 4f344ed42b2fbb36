using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Constructions the twenty-first round's Alexandria coastal erosion briefing left unread: an interview whose paragraph
/// opens with a circumstance («وفي حوار مع الموجز، سألنا …، فقال»), an answer after a quoted «لا», a statement read out
/// by an office holder with no author of its own, and whom a statement was made before («أمام لجنة …») after the name.
/// </summary>
public class SpeakerAttributionOfCircumstancesAndStatementsReadOutTests
{
    [Fact]
    public void A_circumstance_before_the_newsrooms_question_is_no_subject_of_the_answer() =>
        AttributionCases.AssertSpeakers(
            "وفي حوار مع الموجز، سألنا خبير التخطيط العمراني كريم الصاوي عن مستقبل الأحياء الساحلية، فقال إن المدينة ستضطر إلى نقل بعض المنشآت.\n"
            + "هل تستطيع المدينة أن تحمي كل شواطئها؟ «لا»، يجيب الصاوي، «علينا أن نختار ما نحميه».\n"
            + "وماذا عن سكان المكس؟ يرى الصاوي أنهم \"يدفعون ثمن قرارات لم يشاركوا فيها\".",
            "كريم الصاوي|كريم الصاوي|كريم الصاوي");

    [Theory]
    [InlineData("وفي بيان تلاه المتحدث باسم وزارة الموارد المائية والري، محمد غانم، في مؤتمر صحفي بالقاهرة، أكدت الوزارة أن حماية الشواطئ مسؤولية مشتركة.", "محمد غانم")]
    [InlineData("وفي كلمة قرأتها نيابة عن الوزير، قالت وكيلة الوزارة سهى النجار إن الخطة جاهزة.", "سهى النجار")]
    public void A_statement_with_no_author_speaks_through_whoever_read_it_out(string paragraph, string expected) =>
        AttributionCases.AssertSpeakers(paragraph, expected);

    [Fact]
    public void Whom_it_was_said_before_after_the_name_is_no_part_of_the_role()
    {
        var analysis = AttributionCases.Analyse(
            "«لن نترك الإسكندرية للبحر»، قالت وزيرة البيئة منى الشاذلي أمام لجنة الطاقة والبيئة في مجلس النواب يوم الأحد، مشيرة إلى أن الحكومة رصدت أربعة مليارات جنيه.");

        Assert.Equal("وزيرة البيئة", analysis.Profiles.Single(p => p.Name == "منى الشاذلي").Role);
    }
}
