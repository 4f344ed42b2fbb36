using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News tells a company's founding after its name, by a verb whose subject is a pronoun («وقد تأسست عام 2002»): the
/// founding is said of the name earlier in that sentence, not of a name in another sentence.
/// </summary>
public sealed class AttributeSaidBackCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-04-somalia",
        new DateOnly(2026, 12, 4),
        "وتستحوذ شركة هرمود للاتصالات على نحو ثلثي سوق الدفع عبر الهاتف، ويملكها مئات المساهمين من رجال الأعمال، وقد تأسست عام 2002 في مقديشو.",
        "وتعمل شركة دهب شيل في التحويلات المالية منذ عقود. وقد تأسست الغرفة التجارية عام 1990.");

    [Fact]
    public void A_founding_told_after_the_name_by_a_pronoun_verb_is_of_that_name()
    {
        var answer = Ask("متى تأسست شركة هرمود؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_founding_told_in_another_sentence_is_of_another_name()
    {
        var answer = Ask("متى تأسست شركة دهب شيل؟");

        Assert.False(answer.Answered);
    }
}
