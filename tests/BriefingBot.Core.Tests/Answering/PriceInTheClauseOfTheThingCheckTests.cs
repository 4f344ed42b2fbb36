using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A price asked is given in the clause that names the thing priced, or in a later clause that points back to it («سعر
/// الطن»، «سعره») or after an aside on it: a passage that names the thing and, a comma away, what something else costs
/// gives no price of it.
/// </summary>
public sealed class PriceInTheClauseOfTheThingCheckTests() : BriefingsAnswerSpec(Farms)
{
    private static readonly Briefing Farms = Indexes.TitledBriefing(
        "2026-12-04-farms",
        "مزارع الجبل بين الغاز والعسل",
        "وأضاف المدير أن الهيئة ستوزع في مارس المقبل خمسة وعشرين ألف شتلة إيلانغ على المزارعين مجانًا، وأن كلفة البرنامج تبلغ مئتين وستين مليون فرنك.",
        "وقال صاحب المصنع إن الفرن يحرق نحو ثلاثة أطنان من الغاز في الشهر، وإن سعر الطن ارتفع هذا العام إلى نحو خمسة آلاف شيكل.",
        "ويباع الكيلوغرام من العسل الجبلي، الذي يجنى مرة في السنة، بثلاثين دينارًا في أسواق المدينة.");

    [Fact]
    public void A_sum_a_comma_away_from_the_thing_is_no_price_of_it()
    {
        var seedling = Ask("كم سعر شتلة الإيلانغ؟");

        Assert.Equal(DeclineReason.PriceNotOfThing, seedling.Declined);
    }

    [Fact]
    public void A_price_said_back_of_the_thing_or_after_an_aside_on_it_is_its_price()
    {
        var gas = Ask("كم سعر طن الغاز هذا العام؟");
        var honey = Ask("كم سعر كيلوغرام العسل الجبلي؟");

        Assert.True(gas.Answered, gas.Declined?.ToString());
        Assert.True(honey.Answered, honey.Declined?.ToString());
    }
}
