using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

public class SpeakerAttributorCostTests
{
    private const string Letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";

    // A surname of three letters per person, none shared: «قال المحلل كريم بجد إن …», «… كريم بجذ …».
    private static List<(string? Section, string Text)> BriefingNaming(int people) =>
        Enumerable.Range(0, people)
            .Select(i => ((string?)"قسم", $"قال المحلل كريم {Letters[i / 26 / 26 % 26]}{Letters[i / 26 % 26]}{Letters[i % 26]}ي إن الاتفاق هش."))
            .ToList();

    private static long BytesToAttribute(int people)
    {
        var paragraphs = BriefingNaming(people);
        var attributor = new SpeakerAttributor();
        attributor.Analyse(paragraphs.Take(10).ToList());
        var before = GC.GetAllocatedBytesForCurrentThread();
        attributor.Analyse(paragraphs);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void A_briefing_naming_four_times_as_many_people_costs_about_four_times_as_much_to_attribute()
    {
        var small = BytesToAttribute(1_000);
        var large = BytesToAttribute(4_000);

        // Linear cost gives about 4×; comparing each name with every earlier one gives about 16×.
        Assert.InRange((double)large / small, 2, 8);
    }
}
