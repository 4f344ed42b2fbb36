using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Breaks ties between hits of equal score (the same text in two briefings): newer briefing first, then the earlier
/// passage, then the briefing's id; never document order, which a parallel rebuild does not keep. Applied to the few
/// hits fetched, which lets Lucene score with its fast out-of-order scorer. One search ranks the same hits again after
/// each rescoring, so an instance reads a hit's date, ordinal and briefing id once, at its first tie, and keeps them.
/// The rescorers that ask which briefing a hit belongs to, and where in it (<see cref="HeldTogetherRescorer"/>,
/// <see cref="ContinuationRescorer"/>), read it here too: one reader of the fact the order rests on.
/// </summary>
internal sealed class TieOrder(IndexReader reader)
{
    private readonly NumericDocValues? _dates = MultiDocValues.GetNumericValues(reader, PassageFields.DateDays);
    private readonly NumericDocValues? _ordinals = MultiDocValues.GetNumericValues(reader, PassageFields.Ordinal);
    private readonly Dictionary<int, (long Date, long Ordinal)> _keys = [];
    private readonly Dictionary<int, (BytesRef Bytes, string Text)> _briefings = [];

    public static IEnumerable<ScoreDoc> Rank(IndexReader reader, ScoreDoc[] hits) => new TieOrder(reader).Rank(hits);

    /// <summary>Sorts the hits in place: higher score first, ties in this order.</summary>
    public static void Sort(IndexReader reader, ScoreDoc[] hits) => new TieOrder(reader).Sort(hits);

    /// <summary>The hits ranked, a copy: higher score first, ties in this order.</summary>
    public IEnumerable<ScoreDoc> Rank(ScoreDoc[] hits)
    {
        var ranked = (ScoreDoc[])hits.Clone();
        Sort(ranked);
        return ranked;
    }

    /// <summary>The id of the passage's briefing (empty for a passage indexed without one).</summary>
    public string BriefingOf(int doc) => BriefingIdOf(doc).Text;

    /// <summary>The passage's place in its briefing.</summary>
    public long OrdinalOf(int doc) => KeyOf(doc).Ordinal;

    /// <summary>Sorts the hits in place: higher score first, ties in this order.</summary>
    public void Sort(ScoreDoc[] hits)
    {
        if (hits.Length > 1)
        {
            // The key is total (a briefing's passage has one ordinal), so an unstable sort gives one order. A hit's
            // key is read only when its score ties another's.
            Array.Sort(hits, BestFirst);
        }
    }

    private int BestFirst(ScoreDoc a, ScoreDoc b)
    {
        if (b.Score.CompareTo(a.Score) is var byScore and not 0)
        {
            return byScore;
        }

        var (keyA, keyB) = (KeyOf(a.Doc), KeyOf(b.Doc));
        return keyB.Date.CompareTo(keyA.Date) is var byDate and not 0 ? byDate
            : keyA.Ordinal.CompareTo(keyB.Ordinal) is var byOrdinal and not 0 ? byOrdinal
            : BriefingIdOf(a.Doc).Bytes.CompareTo(BriefingIdOf(b.Doc).Bytes) is var byBriefing and not 0 ? byBriefing
            : a.Doc.CompareTo(b.Doc);
    }

    private (long Date, long Ordinal) KeyOf(int doc)
    {
        if (!_keys.TryGetValue(doc, out var key))
        {
            key = (_dates?.Get(doc) ?? 0, _ordinals?.Get(doc) ?? 0);
            _keys[doc] = key;
        }

        return key;
    }

    /// <summary>
    /// The passage's briefing id, read from its own segment (a composite reader's sorted values would build an ordinal
    /// map over every segment for each question), and copied to be kept: Lucene lets sorted values hand back a buffer
    /// they reuse for the next value read.
    /// </summary>
    private (BytesRef Bytes, string Text) BriefingIdOf(int doc)
    {
        if (!_briefings.TryGetValue(doc, out var id))
        {
            var leaves = reader.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
            var read = new BytesRef();
            leaf.AtomicReader.GetSortedDocValues(PassageFields.BriefingId)?.Get(doc - leaf.DocBase, read);
            id = (BytesRef.DeepCopyOf(read), read.Utf8ToString());
            _briefings[doc] = id;
        }

        return id;
    }
}
