using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// The word search's best hits of the last few searches over one reader, by query and scope: a «كم …؟» or «متى …؟»
/// question whose shown passages give no number or time is searched again a little deeper
/// (<see cref="Answering.QuestionAnswerer.FactDepth"/>) with the same words, and on the bench's hundred thousand passages
/// that second walk of the same posting lists was a third of the slowest questions' time. A query's best hits depend on
/// nothing but the reader, the query and the filter, and Lucene orders them totally (score, then document), so the best
/// n of a search that kept more are exactly what a search for n gives. Thread-safe; a few entries, so answers on other
/// threads between the two searches of one question do not push the first out.
/// </summary>
internal sealed class RecentWordSearches
{
    private const int Capacity = 8;

    private readonly Entry?[] _entries = new Entry?[Capacity];
    private int _next;

    /// <summary>The best <paramref name="n"/> hits of the query within the scope: remembered when the same search kept as many, else searched.</summary>
    /// <param name="scope">What the filter keeps, as values (the filter is built anew for each search).</param>
    public TopDocs Search(IndexSearcher searcher, Query query, Filter? filter, (SearchScope? Scope, string? BriefingId) scope, int n)
    {
        lock (_entries)
        {
            foreach (var entry in _entries)
            {
                if (entry is not null && entry.Kept >= n && entry.Scope == scope && entry.Query.Equals(query))
                {
                    return entry.Best(n);
                }
            }
        }

        var top = searcher.Search(query, filter, n);
        var kept = new Entry(query, scope, n, top);
        lock (_entries)
        {
            _entries[_next] = kept;
            _next = (_next + 1) % Capacity;
        }

        return top;
    }

    /// <summary>One search's hits, copied: the caller's may be reordered or rescored in place.</summary>
    private sealed class Entry(Query query, (SearchScope? Scope, string? BriefingId) scope, int kept, TopDocs top)
    {
        private readonly ScoreDoc[] _hits = Copy(top.ScoreDocs, top.ScoreDocs.Length);
        private readonly int _totalHits = top.TotalHits;
        private readonly float _maxScore = top.MaxScore;

        public Query Query { get; } = query;

        public (SearchScope? Scope, string? BriefingId) Scope { get; } = scope;

        /// <summary>How many hits the search asked for (it may have found fewer).</summary>
        public int Kept { get; } = kept;

        public TopDocs Best(int n) => new(_totalHits, Copy(_hits, Math.Min(n, _hits.Length)), _maxScore);

        private static ScoreDoc[] Copy(ScoreDoc[] hits, int count)
        {
            var copy = new ScoreDoc[count];
            for (var i = 0; i < count; i++)
            {
                copy[i] = new ScoreDoc(hits[i].Doc, hits[i].Score, hits[i].ShardIndex);
            }

            return copy;
        }
    }
}
