using Lucene.Net.Index;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Looks up the statistics of every term of one question through one term-dictionary cursor per field and segment.
/// <see cref="TermContext.Build"/> opens a fresh cursor for each term, several KB of frames and buffers every time,
/// which made term lookup the largest source of garbage per question (bench/RESULTS.md, allocations per question).
/// Not thread-safe: one instance serves one search.
/// </summary>
internal sealed class TermStatisticsLookup(IndexReaderContext context)
{
    private readonly Dictionary<string, TermsEnum[]> _cursors = new(StringComparer.Ordinal);

    /// <summary>The term's statistics in every segment that has it; <see cref="TermContext.DocFreq"/> is 0 when none has.</summary>
    public TermContext Find(string field, string text)
    {
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

        return found;
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
