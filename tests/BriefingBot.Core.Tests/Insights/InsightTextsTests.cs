using BriefingBot.Core.Chat;
using BriefingBot.Core.Insights;

namespace BriefingBot.Core.Tests.Insights;

public sealed class InsightTextsTests
{
    [Theory]
    [InlineData(1, "سُئل مرة واحدة")]
    [InlineData(2, "سُئل مرتين")]
    [InlineData(3, "سُئل 3 مرات")]
    [InlineData(11, "سُئل 11 مرة")]
    public void A_gap_line_says_how_often_as_Arabic_counts_agree(int count, string expected)
    {
        var gap = new QuestionGap("ما وصفة الكنافة؟", count, "nothing_relevant", 0, DateTimeOffset.UnixEpoch, ["ما وصفة الكنافة؟"]);

        Assert.Equal($"1. «ما وصفة الكنافة؟» — {expected}؛ آخر نتيجة: لم يُعثر على جواب", InsightTexts.For(ChatLanguage.Arabic).GapLine(1, gap));
    }

    [Theory]
    [InlineData(1, "في آخر يوم:")]
    [InlineData(2, "في آخر يومين:")]
    [InlineData(7, "في آخر 7 أيام:")]
    [InlineData(30, "في آخر 30 يومًا:")]
    public void The_title_names_the_days_as_Arabic_counts_agree(int days, string expected) =>
        Assert.EndsWith(expected, InsightTexts.For(ChatLanguage.Arabic).GapsTitle(days, allCommunities: false), StringComparison.Ordinal);
}
