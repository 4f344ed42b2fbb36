using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «كم تصدر مصر من البرتقال؟» asks the amount of one good a land trades: a passage giving Egypt's cotton exports names the land
/// and a number, but no amount of oranges; the good after «من» must be named where the number is given, or by the briefing's title.
/// </summary>
public sealed class TradeInTheGoodAskedCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-31-trade",
        new DateOnly(2026, 12, 31),
        "وبلغت صادرات مصر من القطن هذا الموسم نحو مئة ألف طن، ذهب ثلثها إلى الهند.",
        "ويزرع الفلاحون في لبنان البرتقال والليمون على الساحل بين صيدا وصور.");

    [Theory]
    [InlineData("كم تصدر مصر من البرتقال؟")]
    [InlineData("كم تبلغ صادرات مصر من البرتقال؟")]
    public void A_number_of_another_good_is_no_amount_of_the_good_asked(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.FactNotOfSubject, answer.Declined);
    }

    [Theory]
    [InlineData("كم تصدر مصر من القطن؟")]
    [InlineData("كم تبلغ صادرات مصر من القطن؟")]
    public void A_number_said_of_the_good_answers(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وبلغت صادرات مصر", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
