using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Fair questions whose attribute the briefing tells without its word: a weight by its units beside what is weighed, a
/// person's age in the apposition to their name; and the off-topic questions of the same shapes, still declined.
/// </summary>
public sealed class MeasuresByUnitsAndAgesCheckTests : IDisposable
{
    private static readonly Briefing Ferry = Indexes.Briefing(
        "2026-11-28-ferry",
        new DateOnly(2026, 11, 28),
        "وأوضح المدير التجاري أن كل راكب يحق له حمل أربعين كيلوغرامًا من الأمتعة مجانًا.",
        "ويُنقل السيارة الصغيرة مقابل تسعمئة ريال، ويسافر الأطفال دون الثانية مجانًا.",
        "ويقول محمد العجمي، وهو موظف حكومي في الأربعين من عمره وأب لأربعة أطفال، إنه ينتظر مسكنًا منذ سنوات.",
        "وقال عثمان الطيب، وهو فني كهرباء يعمل في الرياض منذ عشر سنوات، إن التذكرة أرخص من الطائرة.");

    private readonly PassageIndex _index = Indexes.Of(Ferry);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Ferry).Answer(new AnswerRequest(question));

    [Fact]
    public void A_weight_the_briefing_never_names_is_given_by_its_units_beside_what_is_weighed()
    {
        var luggage = Ask("ما وزن الأمتعة المسموح به لكل راكب؟");
        var car = Ask("ما وزن السيارة الصغيرة؟");

        Assert.True(luggage.Answered, luggage.Declined?.ToString());
        Assert.Equal(DeclineReason.AttributeUnknown, car.Declined);
    }

    [Fact]
    public void A_persons_age_is_told_in_the_apposition_to_their_name()
    {
        var told = Ask("كم عمر محمد العجمي؟");
        var untold = Ask("كم عمر عثمان الطيب؟");

        Assert.True(told.Answered, told.Declined?.ToString());
        Assert.False(untold.Answered, untold.Outcome.ToString());
    }
}
