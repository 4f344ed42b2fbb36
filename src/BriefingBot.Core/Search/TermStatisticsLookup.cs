using Lucene.Net.Index;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Looks up the statistics of every term of one question through one term-dictionary cursor per field and segment.
/// <see cref="TermContext.Build"/> opens a fresh cursor for each term, several KB of frames and buffers every time,
/// which made term lookup the largest source of garbage per question (bench/RESULTS.md, allocations per question).
/// A term looked up once is answered from memory after: the word search, the pairs, the concepts and the heading
/// match ask for the same words. Not thread-safe: one instance serves one search.
/// </summary>
internal sealed class TermStatisticsLookup(IndexReaderContext context)
{
    private readonly Dictionary<string, TermsEnum[]> _cursors = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Field, string Text), TermContext> _found = [];

    /// <summary>BM25's rarity of a term found in <paramref name="docFreq"/> of <paramref name="docCount"/> passages.</summary>
    public static float Idf(int docFreq, int docCount) => (float)Math.Log(1 + ((docCount - docFreq + 0.5) / (docFreq + 0.5)));

    /// <summary>The term's statistics in every segment that has it; <see cref="TermContext.DocFreq"/> is 0 when none has.</summary>
    public TermContext Find(string field, string text)
    {
        if (_found.TryGetValue((field, text), out var known))
        {
            return known;
        }

        var leaves = context.Leaves;
        var cursors = Cursors(field, leaves);
        var found = new TermContext(context);
        var bytes = new BytesRef(text);
        for (var i = 0; i < leaves.Count; i++)
        {
            var cursor = cursors[i];
            if (cursor.SeekExact(bytes))
            {
                found.Register(cursor.GetTermState(), leaves[i].Ord, cursor.DocFreq, cursor.TotalTermFreq);
            }
        }

        _found[(field, text)] = found;
        return found;
    }

    /// <summary>
    /// The postings of a term in one segment, positioned through the statistics already looked up (no second walk of
    /// the term dictionary); null when the segment lacks the term. Each call returns a new enumerator, unless
    /// <paramref name="reuse"/> (an enumerator of the same field and segment, done with) can be reset to the term: its
    /// buffers are some 2 KB.
    /// </summary>
    public DocsEnum? Docs(string field, string text, AtomicReaderContext leaf, DocsEnum? reuse = null) =>
        Seek(field, text, leaf) is { } cursor ? cursor.Docs(leaf.AtomicReader.LiveDocs, reuse, DocsFlags.NONE) : null;

    /// <summary>
    /// As <see cref="Docs"/>, with how often the term occurs in each passage. <see cref="Docs"/> leaves
    /// <see cref="DocsEnum.Freq"/> undefined: its postings skip the packed blocks of counts (a word of more than 128
    /// passages), so a count read there is whatever the last decoded block left, 0 at first, and which passages fall in
    /// those blocks depends on the order a rebuild's threads numbered them.
    /// </summary>
    public DocsEnum? Counts(string field, string text, AtomicReaderContext leaf) =>
        Seek(field, text, leaf) is { } cursor ? cursor.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.FREQS) : null;

    /// <summary>As <see cref="Docs"/>, with the term's positions in each passage.</summary>
    public DocsAndPositionsEnum? Positions(string field, string text, AtomicReaderContext leaf) =>
        Seek(field, text, leaf) is { } cursor ? cursor.DocsAndPositions(leaf.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.NONE) : null;

    /// <summary>The field's cursor of the leaf set on the term, from its known state; null when the leaf lacks it.</summary>
    private TermsEnum? Seek(string field, string text, AtomicReaderContext leaf)
    {
        var state = Find(field, text).Get(leaf.Ord);
        if (state is null)
        {
            return null;
        }

        var cursor = Cursors(field, context.Leaves)[leaf.Ord];
        cursor.SeekExact(new BytesRef(text), state);
        return cursor;
    }

    private TermsEnum[] Cursors(string field, IList<AtomicReaderContext> leaves)
    {
        if (!_cursors.TryGetValue(field, out var cursors))
        {
            cursors = new TermsEnum[leaves.Count];
            for (var i = 0; i < leaves.Count; i++)
            {
                cursors[i] = leaves[i].AtomicReader.GetTerms(field)?.GetEnumerator() ?? TermsEnum.EMPTY;
            }

            _cursors[field] = cursors;
        }

        return cursors;
    }
}
