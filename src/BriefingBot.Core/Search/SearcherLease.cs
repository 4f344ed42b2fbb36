using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// A searcher over the latest commit, borrowed from a <see cref="SearcherManager"/> and given back on dispose, so its
/// reader stays open for the whole of one search even if a commit lands meanwhile.
/// </summary>
internal readonly struct SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    public SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
