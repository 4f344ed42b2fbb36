using Lucene.Net.Index;

namespace BriefingBot.Core.Search;

/// <summary>
/// Every word of the passages' text as indexed, with its passage count: what a name typed in Latin letters is
/// matched against. Read from the term dictionary once per commit, and only when an English question needs it.
/// </summary>
internal sealed class TextVocabulary(IndexStore store)
{
    private volatile CachedWords? _cached;

    /// <summary>The words of the latest commit; the same list instance until a commit changes the index.</summary>
    public IReadOnlyList<IndexedWord> Words()
    {
        using var lease = store.Lease();
        var reader = lease.Searcher.IndexReader;
        var cached = _cached;
        if (cached is not null && ReferenceEquals(cached.Reader, reader))
        {
            return cached.Words;
        }

        var words = new List<IndexedWord>();
        var terms = MultiFields.GetTerms(reader, PassageFields.Text);
        if (terms is not null)
        {
            var e = terms.GetEnumerator();
            while (e.MoveNext())
            {
                words.Add(new IndexedWord(e.Term.Utf8ToString(), e.DocFreq));
            }
        }

        _cached = new CachedWords(reader, words);
        return words;
    }

    private sealed record CachedWords(IndexReader Reader, IReadOnlyList<IndexedWord> Words);
}
