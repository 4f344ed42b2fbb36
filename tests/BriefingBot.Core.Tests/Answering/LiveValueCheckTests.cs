using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A live value asked for today («سعر الدولار اليوم»، «كم الساعة الآن») is answered only by a sentence that says the day, gives
/// the value as a number and names what it is of: a briefing is a dated report that says «اليوم» of many things.
/// </summary>
public sealed class LiveValueCheckTests() : BriefingsAnswerSpec(Markets, Bread, Gold)
{
    private static readonly Briefing Markets = Indexes.Briefing(
        "2026-12-05-markets",
        new DateOnly(2026, 12, 5),
        "قال الخبير إن سعر البرميل اللازم لتوازن الموازنة يقارب تسعين دولارًا، والسعر اليوم أقل من ذلك بكثير.");

    private static readonly Briefing Bread = Indexes.Briefing(
        "2026-12-05-bread",
        new DateOnly(2026, 12, 5),
        "ويتراجع سعر الخبز اليوم في الأسواق. وكان سعر الخبز قد بلغ خمسة جنيهات للرغيف في الشهر الماضي.");

    private static readonly Briefing Gold = Indexes.Briefing(
        "2026-12-05-gold",
        new DateOnly(2026, 12, 5),
        "وارتفع سعر الذهب اليوم إلى مئة وعشرين دينارًا للغرام في أسواق العاصمة.",
        "ويقول التجار إن الطلب على المعدن الأصفر يبقى ضعيفًا، والسعر اليوم أعلى بعشرة دنانير مما كان قبل شهر.");

    [Fact]
    public void Todays_price_of_a_currency_is_not_given_by_a_sum_in_that_currency()
    {
        var answer = Ask("كم سعر الدولار اليوم؟");

        Assert.Equal(DeclineReason.NotLive, answer.Declined);
    }

    [Fact]
    public void Todays_price_is_given_by_a_number_in_the_sentence_that_says_today_of_it()
    {
        var gold = Ask("كم سعر الذهب اليوم؟");
        var bread = Ask("كم سعر الخبز اليوم؟");

        Assert.True(gold.Answered, gold.Declined?.ToString());
        Assert.Equal(DeclineReason.NotLive, bread.Declined);
    }

    [Fact]
    public void Todays_price_said_without_its_thing_is_of_the_thing_its_briefing_names()
    {
        var gold = Ask("هل سعر الذهب اليوم أعلى مما كان قبل شهر؟");
        var silver = Ask("هل سعر الفضة اليوم أعلى مما كان قبل شهر؟");

        Assert.True(gold.Answered, gold.Declined?.ToString());
        Assert.False(silver.Answered, silver.Declined?.ToString());
    }

    [Fact]
    public void The_hour_now_and_yesterdays_price_are_live_values()
    {
        var hour = QuestionShape.Of("كم الساعة الآن؟");
        var yesterday = QuestionShape.Of("كم كان سعر الذهب أمس؟");

        Assert.NotNull(hour.LiveValue);
        Assert.NotNull(hour.NowWord);
        Assert.Null(hour.LiveSubject);
        Assert.NotNull(yesterday.NowWord);
        Assert.Equal(ArabicText.Fold("الذهب"), yesterday.LiveSubject);
    }
}
