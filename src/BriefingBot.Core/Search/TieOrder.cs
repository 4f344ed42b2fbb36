using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Breaks ties between hits of equal score (the same text in two briefings): newer briefing first, then document
/// order. Applied to the few hits fetched, which lets Lucene score with its fast out-of-order scorer.
/// </summary>
internal static class TieOrder
{
    public static IEnumerable<ScoreDoc> Rank(IndexReader reader, ScoreDoc[] hits)
    {
        var dates = MultiDocValues.GetNumericValues(reader, PassageFields.DateDays);
        var ordinals = MultiDocValues.GetNumericValues(reader, PassageFields.Ordinal);
        return hits
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => dates?.Get(h.Doc) ?? 0)
            .ThenBy(h => ordinals?.Get(h.Doc) ?? 0);
    }
}
