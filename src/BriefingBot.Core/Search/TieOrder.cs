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
/// <see cref="ContinuationRescorer"/>, <see cref="PlaceRescorer"/>, <see cref="SaidAgainRescorer"/>,
/// <see cref="SharedWordRescorer"/>, <see cref="SubjectWordRescorer"/>), read it here too: one reader of the fact the
/// order rests on.
/// </summary>
/// <remarks>
/// One instance serves one search (<see cref="PassageSearcher"/> makes it and hands it to the heading match, every
/// walk and every rescorer): a search sorts a dozen times, mostly the same hits, and an instance each read the same
/// hits' keys again into a dictionary of its own (some 32 KB a question at 100k passages). Many sorts meet no tie: the
/// doc values are opened and the kept keys allocated at the first read. Not thread-safe, as the search it serves.
/// </remarks>
internal sealed class TieOrder(IndexReader reader)
{
    private NumericDocValues? _dates;
    private NumericDocValues? _ordinals;
    private Dictionary<int, (long Date, long Ordinal)>? _keys;
    private Dictionary<int, string>? _briefings;
    private SortedDocValues?[]? _ids;

    /// <summary>The hits ranked, a copy: higher score first, ties in this order.</summary>
    public IEnumerable<ScoreDoc> Rank(ScoreDoc[] hits)
    {
        var ranked = (ScoreDoc[])hits.Clone();
        Sort(ranked);
        return ranked;
    }

    /// <summary>The id of the passage's briefing (empty for a passage indexed without one).</summary>
    public string BriefingOf(int doc)
    {
        _briefings ??= [];
        if (!_briefings.TryGetValue(doc, out var id))
        {
            id = ReadBriefingId(doc);
            _briefings[doc] = id;
        }

        return id;
    }

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

    /// <summary>
    /// UTF-16 text in Unicode code point order, the order of its UTF-8 bytes (Lucene's order of terms): a surrogate
    /// (a code point past U+FFFF) sorts after every other code unit, where an ordinal comparison puts it before U+E000–U+FFFF.
    /// </summary>
    internal static int ByCodePoint(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return InCodePointOrder(a[i]).CompareTo(InCodePointOrder(b[i]));
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Surrogates (D800–DFFF) moved above U+E000–U+FFFF, which move down to fill their place.</summary>
    private static int InCodePointOrder(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;

    private int BestFirst(ScoreDoc a, ScoreDoc b)
    {
        if (b.Score.CompareTo(a.Score) is var byScore and not 0)
        {
            return byScore;
        }

        var (keyA, keyB) = (KeyOf(a.Doc), KeyOf(b.Doc));
        return keyB.Date.CompareTo(keyA.Date) is var byDate and not 0 ? byDate
            : keyA.Ordinal.CompareTo(keyB.Ordinal) is var byOrdinal and not 0 ? byOrdinal
            : ByCodePoint(BriefingOf(a.Doc), BriefingOf(b.Doc)) is var byBriefing and not 0 ? byBriefing
            : a.Doc.CompareTo(b.Doc);
    }

    private (long Date, long Ordinal) KeyOf(int doc)
    {
        if (_keys is null)
        {
            _keys = [];
            _dates = MultiDocValues.GetNumericValues(reader, PassageFields.DateDays);
            _ordinals = MultiDocValues.GetNumericValues(reader, PassageFields.Ordinal);
        }

        if (!_keys.TryGetValue(doc, out var key))
        {
            key = (_dates?.Get(doc) ?? 0, _ordinals?.Get(doc) ?? 0);
            _keys[doc] = key;
        }

        return key;
    }

    /// <summary>
    /// The passage's briefing id, read from its own segment (a composite reader's sorted values would build an ordinal
    /// map over every segment for each question), each segment's values opened once. Kept as text: compared in code
    /// point order (<see cref="ByCodePoint"/>) it orders as its bytes, so the bytes need no copy of their own.
    /// </summary>
    private string ReadBriefingId(int doc)
    {
        var leaves = reader.Leaves;
        _ids ??= new SortedDocValues?[leaves.Count];
        var at = ReaderUtil.SubIndex(doc, leaves);
        var leaf = leaves[at];
        var ids = _ids[at] ??= leaf.AtomicReader.GetSortedDocValues(PassageFields.BriefingId);
        if (ids is null)
        {
            return "";
        }

        var read = new BytesRef();
        ids.Get(doc - leaf.DocBase, read);
        return read.Utf8ToString();
    }
}
