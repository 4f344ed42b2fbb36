using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Reorders each briefing's hits among themselves by a score of their own, keeping the places (and the scores) its hits
/// held in the ranking: which briefing answers stays the whole score's choice, and only which of its passages answers
/// is chosen again. A briefing's subject words («قناة السويس») are in most of its best hits and say nothing of which
/// paragraph answers, yet their high idf (the subject is rare across briefings) lets the paragraph that repeats them
/// pass the one holding the question's own verb («افتتحت»); discounting them in the whole score would also lower the
/// briefing against others, which this leaves alone.
/// </summary>
internal static class WithinBriefingOrder
{
    /// <summary>
    /// The hits (best first) with each briefing's hits sorted by their score less <paramref name="discount"/>, put back in
    /// the places that briefing's hits held; a hit without a discount keeps its score as its own.
    /// </summary>
    public static ScoreDoc[] Reorder(ScoreDoc[] ranked, IReadOnlyDictionary<int, string> briefingOf, IReadOnlyDictionary<int, float> discount)
    {
        if (discount.Count == 0)
        {
            return ranked;
        }

        var result = (ScoreDoc[])ranked.Clone();
        var places = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ranked.Length; i++)
        {
            if (briefingOf.TryGetValue(ranked[i].Doc, out var briefing))
            {
                (places.TryGetValue(briefing, out var list) ? list : places[briefing] = []).Add(i);
            }
        }

        foreach (var held in places.Values.Where(p => p.Count > 1))
        {
            // A stable sort: equal own scores keep the whole score's order.
            var own = held.OrderByDescending(i => ranked[i].Score - discount.GetValueOrDefault(ranked[i].Doc)).ToList();
            for (var k = 0; k < held.Count; k++)
            {
                result[held[k]] = new ScoreDoc(ranked[own[k]].Doc, ranked[held[k]].Score);
            }
        }

        return result;
    }
}
