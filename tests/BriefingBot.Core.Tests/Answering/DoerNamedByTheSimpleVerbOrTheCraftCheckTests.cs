using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked by the participle of the third form («مزارع النخيل») is named by the passage that gives the simple verb
/// («الذي يزرع النخيل»)، one asked by a craft's doer («صانع الزوارق») by the passage that gives the craft («في صناعة
/// الزوارق»): what they said is answered, not declined as no passage shown naming «مزارع» or «صانع», though the briefing
/// uses both words of others; a doer of something no passage speaks of is still declined.
/// </summary>
public sealed class DoerNamedByTheSimpleVerbOrTheCraftCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-14-river-oasis",
        new DateOnly(2026, 11, 14),
        "ويقول الحاج مطلق السويلم، الذي يزرع النخيل في مزرعة قرب الوادي، إن الماء صار يباع بالصهريج منذ جفت البئر.",
        "ويعمل جاسب الخفاجي منذ أربعين عامًا في صناعة الزوارق الخشبية، ويقول إن ثمن الخشب تضاعف في عامين.",
        "وقال مزارع القمح وصانع الشباك في سوق البلدة إن الموسم كان ضعيفًا.");

    [Theory]
    [InlineData("ماذا قال مزارع النخيل عن الماء؟", "ويقول الحاج مطلق")]
    [InlineData("شو قال صانع الزوارق عن الخشب؟", "ويعمل جاسب")]
    public void A_doer_is_named_by_the_simple_verb_or_the_craft_of_what_they_do(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_doer_of_what_no_passage_speaks_of_is_still_declined()
    {
        var answer = Ask("ماذا قال صانع الأبواب عن الخشب؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
    }
}
