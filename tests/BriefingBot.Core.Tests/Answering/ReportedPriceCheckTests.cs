using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A price asked «now» of goods no market quotes by the hour is the price the news reports it moved to: «ارتفع … إلى نحو
/// ثلاثمئة دينار» answers «كم سعر الكيلوغرام من الإسفنج الخام اليوم؟» though it never says «اليوم». A currency's, gold's or
/// fuel's price today is a market quote no briefing keeps, and a price the passage dates to the past («بلغ … في الشهر
/// الماضي») is no price today. A price the news gives undated («بينما يصل سعر الديرك إلى ثمانية آلاف ريال») is the standing one.
/// </summary>
public sealed class ReportedPriceCheckTests() : BriefingsAnswerSpec(Sponge, Pound, Fish)
{
    private static readonly Briefing Sponge = Indexes.Briefing(
        "2026-12-30-kerkennah-sponge",
        new DateOnly(2026, 12, 30),
        "وقال صاحب شركة لتصدير الإسفنج في صفاقس إن سعر الكيلوغرام من الإسفنج الخام ارتفع من نحو مئة وعشرين دينارًا إلى نحو ثلاثمئة دينار في عامين، وإن شركته تصدّر معظم إنتاجها إلى إيطاليا.",
        "وكان سعر الكيلوغرام من الصوف قد بلغ ثمانية وعشرين دينارًا في الشهر الماضي بحسب التجار.");

    private static readonly Briefing Pound = Indexes.Briefing(
        "2026-12-30-egypt-pound",
        new DateOnly(2026, 12, 30),
        "وارتفع سعر الدولار في السوق الموازية إلى نحو خمسين جنيهًا، كما ارتفع سعر غرام الذهب إلى أربعة آلاف جنيه.");

    [Theory]
    [InlineData("كم سعر الكيلوغرام من الإسفنج الخام اليوم؟")]
    [InlineData("كم سعر الإسفنج الخام حاليا؟")]
    public void The_price_a_good_moved_to_is_its_price_now(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وقال صاحب شركة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    private static readonly Briefing Fish = Indexes.Briefing(
        "2027-01-01-mukalla-fish",
        new DateOnly(2027, 1, 1),
        "ويتراوح سعر الكيلوغرام من التونة في الحراج بين ثلاثة آلاف وأربعة آلاف ريال يمني، بينما يصل سعر الديرك إلى ثمانية آلاف ريال.");

    [Theory]
    [InlineData("كم سعر كيلو الديرك هالأيام؟")]
    [InlineData("كم سعر التونة اليوم؟")]
    public void An_undated_price_of_a_good_is_its_price_now(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويتراوح سعر الكيلوغرام", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كم سعر الدولار اليوم؟")]
    [InlineData("كم سعر الذهب اليوم؟")]
    [InlineData("كم سعر الكيلوغرام من الصوف اليوم؟")]
    [InlineData("كم سعر الكيلوغرام من الإسفنج الخام غدا؟")]
    public void A_market_quote_a_price_that_moved_nowhere_and_tomorrows_price_are_still_declined(string question)
    {
        var answer = Ask(question);

        Assert.Equal(DeclineReason.NotLive, answer.Declined);
    }
}
