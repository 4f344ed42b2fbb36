using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Breaks ties between hits of equal score (the same text in two briefings): newer briefing first, then the earlier
/// passage, then the briefing's id; never document order, which a parallel rebuild does not keep. Applied to the few
/// hits fetched, which lets Lucene score with its fast out-of-order scorer. One search ranks the same hits again after
/// each rescoring, so an instance reads a hit's date and ordinal once and keeps them.
/// </summary>
internal sealed class TieOrder(IndexReader reader)
{
    private readonly NumericDocValues? _dates = MultiDocValues.GetNumericValues(reader, PassageFields.DateDays);
    private readonly NumericDocValues? _ordinals = MultiDocValues.GetNumericValues(reader, PassageFields.Ordinal);
    private readonly Dictionary<int, (long Date, long Ordinal)> _keys = [];

    public static IEnumerable<ScoreDoc> Rank(IndexReader reader, ScoreDoc[] hits) => new TieOrder(reader).Rank(hits);

    public IEnumerable<ScoreDoc> Rank(ScoreDoc[] hits)
    {
        var keyed = new (ScoreDoc Hit, long Date, long Ordinal)[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var doc = hits[i].Doc;
            if (!_keys.TryGetValue(doc, out var key))
            {
                key = (_dates?.Get(doc) ?? 0, _ordinals?.Get(doc) ?? 0);
                _keys[doc] = key;
            }

            keyed[i] = (hits[i], key.Date, key.Ordinal);
        }

        // The key is total (a briefing's passage has one ordinal), so an unstable sort gives one order.
        Array.Sort(keyed, (a, b) =>
            b.Hit.Score.CompareTo(a.Hit.Score) is var byScore and not 0 ? byScore
            : b.Date.CompareTo(a.Date) is var byDate and not 0 ? byDate
            : a.Ordinal.CompareTo(b.Ordinal) is var byOrdinal and not 0 ? byOrdinal
            : BriefingOf(reader, a.Hit.Doc).CompareTo(BriefingOf(reader, b.Hit.Doc)) is var byBriefing and not 0 ? byBriefing
            : a.Hit.Doc.CompareTo(b.Hit.Doc));
        return keyed.Select(k => k.Hit);
    }

    /// <summary>
    /// The passage's briefing id, read from its own segment, only for a tie: a composite reader's sorted values would
    /// build an ordinal map over every segment for each question.
    /// </summary>
    private static BytesRef BriefingOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var id = new BytesRef();
        leaf.AtomicReader.GetSortedDocValues(PassageFields.BriefingId)?.Get(doc - leaf.DocBase, id);
        return id;
    }
}
