using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A price asked is the price of the thing asked: a passage pricing another thing in the same market is no answer,
/// whether or not the question names a country.
/// </summary>
public sealed class PriceOfAThingCheckTests() : BriefingsAnswerSpec(Market)
{
    private static readonly Briefing Market = Indexes.TitledBriefing(
        "2026-12-04-market",
        "شلن جديد والهاتف محفظة الناس",
        "في سوق بكارة، أكبر أسواق المدينة، يقول التاجر أحمد حسن نور إن الزبائن يدفعون له ثمن كل شيء بالهاتف، حتى كيس السكر الذي يبلغ سعره اثنين وثلاثين دولارًا.",
        "ويشتكي الرعاة في السوق من أن الناقة لم تعد تعطي سوى لتر واحد من الحليب بسبب الجفاف.");

    [Fact]
    public void A_price_of_another_thing_in_the_market_is_no_answer()
    {
        var milk = Ask("كم سعر لتر الحليب في سوق بكارة؟");
        var sugar = Ask("كم سعر كيس السكر في سوق بكارة؟");

        Assert.Equal(DeclineReason.PriceNotOfThing, milk.Declined);
        Assert.True(sugar.Answered, sugar.Declined?.ToString());
    }
}
