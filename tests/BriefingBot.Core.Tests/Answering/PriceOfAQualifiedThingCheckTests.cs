using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A price asked of a kind of a thing («اللبان السحلي») is the price of that kind: a passage pricing another kind, beside
/// one that names the kind asked without a price, is no answer; the kind the briefing prices is answered.
/// </summary>
public sealed class PriceOfAQualifiedThingCheckTests() : BriefingsAnswerSpec(Frankincense)
{
    private static readonly Briefing Frankincense = Indexes.TitledBriefing(
        "2026-12-16-frankincense",
        "لبان ظفار: أشجار تُستنزف والأسعار ترتفع",
        "وتقول صاحبة محل في سوق الحافة بصلالة إن سعر الكيلوغرام من اللبان الحوجري الأبيض بلغ هذا الموسم نحو ثمانية عشر ريالًا عمانيًا، بعد أن كان نحو اثني عشر ريالًا قبل عامين.",
        "ويُصنف اللبان الظفاري بحسب موضع الشجرة، فالحوجري من أشجار النجد وهو أغلاه، وأرخصه اللبان السحلي الذي يُجنى من أشجار السهل الساحلي القريبة من البحر.");

    [Fact]
    public void A_price_of_another_kind_of_the_thing_is_no_answer()
    {
        var coastal = Ask("كم سعر كيلوغرام اللبان السحلي؟");
        var inland = Ask("كم سعر كيلوغرام اللبان الحوجري؟");

        Assert.Equal(DeclineReason.PriceNotOfThing, coastal.Declined);
        Assert.True(inland.Answered, inland.Declined?.ToString());
        Assert.StartsWith("وتقول صاحبة محل", inland.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
