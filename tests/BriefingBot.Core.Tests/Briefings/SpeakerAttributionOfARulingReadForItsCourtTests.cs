using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// What a ruling or statement says, read out in construct with its author by the body's noun («وجاء في قرار المحكمة
/// أن»، «وجاء في بيان الوزارة أن»), is the body's: the one the narration before named in full. A document with no body
/// after it («وجاء في نص الحكم أن») names no one.
/// </summary>
public class SpeakerAttributionOfARulingReadForItsCourtTests
{
    [Theory]
    [InlineData("وألزمت محكمة بداءة البصرة الشهر الماضي شركة نفط البصرة بدفع تعويضات لاثنتي عشرة أسرة. وجاء في قرار المحكمة أن الشركة \"لم تثبت اتخاذها الإجراءات الكافية\".", "محكمة بداءة البصرة")]
    [InlineData("وأطلقت وزارة الشباب برنامجًا لتدريب الخريجين.\nوجاء في بيان الوزارة أن البرنامج سيشمل عشرة آلاف شاب.", "-|وزارة الشباب")]
    public void A_ruling_in_construct_with_its_court_is_the_courts(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_ruling_with_no_body_after_it_names_no_one() =>
        AttributionCases.AssertSpeakers(
            "وأدانت المحكمة الجنائية ثلاثة تجار بتهمة التهريب. وجاء في نص الحكم أن المتهمين استغلوا حاجة المنقبين.",
            "-");
}
