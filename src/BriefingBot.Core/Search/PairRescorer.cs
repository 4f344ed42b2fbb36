using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Reorders the word search's best <see cref="SearchTuning.RescoreDepth"/> hits by the question's neighbouring words
/// found side by side (<see cref="WordPairs"/>): a passage saying «كوريا الشمالية» outranks one with «كوريا» and
/// «الشمالية» apart. Adds <see cref="SearchTuning.PairBoost"/> × the pairs' score. The pairs are part of the word
/// search: coverage and the answer's confidence are read after this.
/// </summary>
internal sealed class PairRescorer(SearchTuning tuning)
{
    /// <summary>The question's pairs the index can match; null when there is nothing to rescore with.</summary>
    public Query? Query(TermStatisticsLookup lookup, IReadOnlyList<string> pairs)
    {
        if (tuning.PairBoost <= 0 || pairs.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var pair in pairs)
        {
            if (WordPairs.Near(lookup, pair) is { } near)
            {
                query.Add(near, Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    public ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] firstPass, Query pairs) =>
        HitRescoring.Rescore(searcher, firstPass, pairs, tuning.PairBoost);
}
