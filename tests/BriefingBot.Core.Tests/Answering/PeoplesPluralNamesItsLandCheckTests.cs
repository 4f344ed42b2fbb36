using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A people's sound plural («السعوديات»، «العراقيون»، «المصريين») names its land where a how-many or what-share question
/// asks of it, as the adjective does: «معدل البطالة بين السعوديات» is Saudi Arabia's unemployment.
/// </summary>
public sealed class PeoplesPluralNamesItsLandCheckTests() : BriefingsAnswerSpec(Jobs)
{
    private static readonly Briefing Jobs = Indexes.Briefing(
        "2026-12-11-jobs",
        new DateOnly(2026, 12, 11),
        "وانخفض معدل البطالة بين السعوديات إلى أحد عشر في المئة هذا العام.",
        "وفي الأردن، بلغ معدل البطالة اثنين وعشرين في المئة.");

    [Fact]
    public void A_share_among_a_people_is_the_share_of_its_land()
    {
        var saudi = Ask("ما نسبة البطالة في السعودية؟");

        Assert.True(saudi.Answered, saudi.Declined?.ToString());
        Assert.Contains(saudi.Passages, p => p.Passage.Text.Contains("السعوديات", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_land_is_still_not_answered()
    {
        Assert.False(Ask("ما نسبة البطالة في مصر؟").Answered);
    }
}
