using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The age of a thing is told by how far back it dates («ورسوم صخرية يعود أقدمها إلى نحو اثني عشر ألف عام») where a reader
/// asks «كم عمر …؟»: a count of years after the verb of dating back, in the clause that names the thing, answers. A year it
/// dates to, or years someone has worked, is no age.
/// </summary>
public sealed class AgeOfAThingByHowFarItDatesBackCheckTests() : BriefingsAnswerSpec(WadiRum)
{
    private static readonly Briefing WadiRum = Indexes.Briefing(
        "2026-12-16-wadi-rum",
        new DateOnly(2026, 12, 16),
        "وتضم المحمية نقوشًا ثمودية ونبطية ورسومًا صخرية يعود أقدمها إلى نحو اثني عشر ألف عام.",
        "ويعود المخيم إلى عام 1998، ويقول صاحبه سالم الزوايدة إنه يعمل دليلًا منذ ثلاثين عامًا.");

    [Fact]
    public void A_count_of_years_a_thing_dates_back_is_its_age()
    {
        var answer = Ask("كم عمر الرسوم الصخرية في المحمية؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتضم المحمية", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كم عمر المخيم؟")]
    [InlineData("كم عمر سالم الزوايدة؟")]
    public void A_year_dated_to_or_years_of_work_are_no_age(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered);
    }
}
