using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى …؟» is answered by the passage that tells the happening in another word of its concept and dates it («حظر العمل
/// … بين يونيو وسبتمبر» for «متى يمنع العمل؟»), though another passage shown uses the question's own verb with no time.
/// </summary>
public sealed class HappeningToldInOtherWordsTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-21-heat-ban",
        new DateOnly(2026, 11, 21),
        "وتطبق دول الخليج قرار حظر العمل في الأماكن المكشوفة من الظهيرة حتى الثالثة عصرًا بين يونيو وسبتمبر من كل عام.",
        "ويقول المقاولون إن القانون يمنع العمل تحت الشمس، لكن المفتشين لا يزورون الورش الصغيرة.",
        "وتراجعت تحويلات العمال الوافدين هذا العام بعد ترحيل آلاف المخالفين.");

    [Fact]
    public void A_time_given_where_the_happening_is_told_in_other_words_answers()
    {
        var answer = Ask("متى يمنع العمل تحت الشمس؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains(answer.Passages, p => p.Passage.Text.StartsWith("وتطبق دول الخليج", StringComparison.Ordinal));
    }
}
