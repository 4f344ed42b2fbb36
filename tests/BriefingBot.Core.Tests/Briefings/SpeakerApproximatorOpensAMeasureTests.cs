using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «تقدر» is a verb of judgement («قدّر الخبير الخسائر بـ») and also «is estimated at»: after it an approximator («بنحو»،
/// «بحوالي»، «قرابة») opens the amount, never a speaker's name.
/// </summary>
public class SpeakerApproximatorOpensAMeasureTests
{
    [Theory]
    [InlineData("وأقرت الهيئة العامة للموانئ خطة لتوسعة المرسى، تشمل رصيفًا جديدًا، بكلفة تقدر بنحو مئة وعشرين مليون ريال، على أن تكتمل الأعمال خلال عامين.")]
    [InlineData("وأقرت الهيئة خطة لتوسعة المرسى بكلفة تقدر بحوالي مئة مليون ريال، على أن تكتمل الأعمال خلال عامين.")]
    public void An_amount_estimated_after_an_approximator_has_no_speaker(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "-");
}
