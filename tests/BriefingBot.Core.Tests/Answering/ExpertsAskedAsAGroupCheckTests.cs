using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ما رأي المختصين في …؟» asks what specialists think: the briefing quotes one by another word for an expert («الخبير
/// الزراعي»), and that passage answers; a body asked of is still required by its name.
/// </summary>
public sealed class ExpertsAskedAsAGroupCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-04-qatar",
        new DateOnly(2026, 12, 4),
        "ويرى الخبير الزراعي محمود السيد أن زراعة البرسيم في الصحراء \"تصدير للماء في صورة علف\"، داعيًا إلى استيراده.",
        "لكن المشكلة، بحسب المختصين، لا تكمن في القطارات بل في الطريق إلى المحطات.",
        "وتوسعت البيوت المحمية في الصحراء حتى صارت تنتج ثلث الخضار.");

    [Fact]
    public void Experts_asked_as_a_group_are_answered_by_the_expert_the_briefing_quotes()
    {
        var answer = Ask("ما رأي المختصين في زراعة العلف في الصحراء؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains("محمود السيد", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
