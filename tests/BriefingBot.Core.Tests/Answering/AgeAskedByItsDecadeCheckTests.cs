using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked by their decade («الصائغ الثلاثيني») is named by the passage that gives their age by the number («صائغ في
/// الثلاثين»): what they said is answered, not declined as no passage shown naming «الثلاثيني», though the briefing says
/// the adjective of someone else; a person of a decade no passage gives is still declined.
/// </summary>
public sealed class AgeAskedByItsDecadeCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-14-silver-souk",
        new DateOnly(2026, 11, 14),
        "ويقول عبد الرحيم آيت الطالب، وهو صائغ في الثلاثين ورث الدكان عن عمه، إن غرام الفضة تجاوز اثني عشر درهمًا.",
        "وقال صائغ آخر في السوق إن الزبائن يشترون الفضة من هذا الدكان منذ عقود.",
        "ويبيع التاجر الثلاثيني وجاره الخمسيني في الدكان المجاور الذهب المستورد.");

    [Fact]
    public void A_person_asked_by_the_decade_of_their_age_is_named_by_the_passage_giving_the_number()
    {
        var answer = Ask("ماذا قال الصائغ الثلاثيني عن الفضة؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains(answer.Passages, p => p.Passage.Text.StartsWith("ويقول عبد الرحيم", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_of_a_decade_no_passage_gives_is_still_declined()
    {
        var answer = Ask("ماذا قال الصائغ الخمسيني عن الفضة؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
    }
}
