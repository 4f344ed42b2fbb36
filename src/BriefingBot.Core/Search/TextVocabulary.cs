namespace BriefingBot.Core.Search;

/// <summary>
/// Every word of the passages' text as indexed, with its passage count: what a name typed in Latin letters is
/// matched against. Read from the term dictionary once per commit, and only when an English question needs it.
/// </summary>
internal sealed class TextVocabulary(IndexStore store)
{
    private readonly FieldTerms<IndexedWord> _words = new(PassageFields.Text, e => new IndexedWord(e.Term.Utf8ToString(), e.DocFreq));

    /// <summary>The words of the latest commit; the same list instance until a commit changes the index.</summary>
    public IReadOnlyList<IndexedWord> Words()
    {
        using var lease = store.Lease();
        return _words.Of(lease.Searcher.IndexReader);
    }
}
