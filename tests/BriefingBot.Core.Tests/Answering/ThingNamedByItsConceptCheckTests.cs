using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News names a thing by whichever word of its concept it chose («قطاف» for «جني»): a check that looks
/// for what the question asks of finds it under that word too, as the search already does. A thing the passage names by no
/// word of its concept is still not told there.
/// </summary>
public sealed class ThingNamedByItsConceptCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-14-lebanon-apples",
        new DateOnly(2026, 12, 14),
        "في بلدة القبيات بعكار، يبدأ قطاف التفاح الأحمر في أواخر أغسطس/آب ويمتد حتى منتصف أكتوبر/تشرين الأول.",
        "وتتركز زراعة التفاح في المرتفعات التي يزيد علوها على ألف ومئتي متر فوق سطح البحر، وجني الزيتون أسهل منه.",
        "وافتتحت شركة لبنانية خاصة معملا لعصر التفاح وتعبئة الخل في بلدة رياق.");

    [Fact]
    public void A_beginning_is_dated_where_the_passage_names_what_begins_by_another_word_of_its_concept()
    {
        var answer = Ask("متى يبدأ جني التفاح في عكار؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("في بلدة القبيات", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_beginning_of_a_thing_no_word_of_its_concept_names_is_not_dated()
    {
        var answer = Ask("متى تبدأ زراعة التفاح في عكار؟");

        Assert.False(answer.Answered);
    }
}
