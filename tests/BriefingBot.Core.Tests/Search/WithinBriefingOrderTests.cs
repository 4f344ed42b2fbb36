using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Lucene.Net.Search;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A briefing's hits are ordered among themselves with its subject words (the question words several of them hold)
/// counting less, in the places its hits held (<see cref="WithinBriefingOrder"/>, fed by <see cref="SharedWordRescorer"/>).
/// </summary>
public sealed class WithinBriefingOrderTests
{
    [Fact]
    public void A_briefing_s_hits_are_reordered_by_their_own_score_in_the_places_they_held()
    {
        ScoreDoc[] ranked = [new(1, 10f), new(2, 9f), new(3, 8f)];
        var briefings = new Dictionary<int, string> { [1] = "a", [2] = "b", [3] = "a" };

        var reordered = WithinBriefingOrder.Reorder(ranked, briefings, new Dictionary<int, float> { [1] = 3f });

        Assert.Equal([3, 2, 1], reordered.Select(h => h.Doc));
        Assert.Equal([10f, 9f, 8f], reordered.Select(h => h.Score));
    }

    [Fact]
    public void Another_briefing_s_hit_keeps_its_place_and_no_discount_changes_nothing()
    {
        ScoreDoc[] ranked = [new(1, 10f), new(2, 9f), new(3, 8f)];
        var briefings = new Dictionary<int, string> { [1] = "a", [2] = "b", [3] = "a" };

        Assert.Equal([1, 2, 3], WithinBriefingOrder.Reorder(ranked, briefings, new Dictionary<int, float> { [2] = 5f }).Select(h => h.Doc));
        Assert.Equal([1, 2, 3], WithinBriefingOrder.Reorder(ranked, briefings, new Dictionary<int, float>()).Select(h => h.Doc));
    }

    /// <summary>
    /// A canal named with its country in a short paragraph and in a long one that tells its opening; openings and the
    /// country told elsewhere too, so that the country's word is about as rare as the opening's.
    /// </summary>
    private static readonly Briefing[] Stories =
    [
        Indexes.Briefing(
            "canal", new DateOnly(2027, 1, 3),
            "وتقع قناة السويس في مصر.",
            "وقد افتتحت قناة السويس للملاحة عام 1869 بعد عشر سنوات من الحفر في الرمال بأيدي آلاف العمال.",
            "وتجني مصر من قناة السويس دخلا كبيرا كل عام."),
        Indexes.Briefing("bridge", new DateOnly(2027, 1, 1), "وافتتحت الحكومة الجسر الجديد في الربيع."),
        Indexes.Briefing("people", new DateOnly(2026, 12, 3), "ويعيش في مصر أكثر من مئة مليون نسمة."),
        Indexes.Briefing("cotton", new DateOnly(2026, 12, 2), "وتزرع مصر القطن منذ قرون."),
        Indexes.Briefing("wheat", new DateOnly(2026, 12, 1), "وتستورد مصر القمح من روسيا."),
    ];

    private static List<string> Ranked(SearchTuning tuning)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(Stories, "test");
        return [.. index.Search(new PassageSearch(index.Analyze("متى افتتحت قناة السويس في مصر؟"), 5)).Hits.Select(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}")];
    }

    [Fact]
    public void The_paragraph_holding_the_question_s_verb_passes_the_one_of_its_briefing_that_repeats_the_subject()
    {
        Assert.Equal("canal/1", Ranked(SearchTuning.Default with { SharedWordSubjectShare = 0 })[0]);
        var ranked = Ranked(SearchTuning.Default);
        Assert.Equal("canal/2", ranked[0]);
        Assert.Equal(["canal/2", "canal/1", "canal/3"], ranked.Take(3));
    }
}
