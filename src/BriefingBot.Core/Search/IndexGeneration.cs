namespace BriefingBot.Core.Search;

/// <summary>
/// One index and the parts that read and write it. Several can exist at once: the one that serves and the one a
/// rebuild fills. Searches hold a reference while they run, so the one a switch retires is closed (and its folder
/// deleted) only once the last search on it has finished.
/// </summary>
internal sealed class IndexGeneration
{
    private Action? _onClosed;
    private int _references = 1;

    public IndexGeneration(IndexStore store, string? path, SearchParts parts)
    {
        Store = store;
        Path = path;
        Writer = new PassageWriter(store);
        Searcher = new PassageSearcher(store, parts.Tuning, parts.Expander, parts.Queries, parts.Pairs, parts.Concepts, parts.Families, parts.AnswerKinds, parts.Places, parts.Headings, parts.Highlighter);
        Speakers = new SpeakerLookup(store);
        Vocabulary = new TextVocabulary(store);
    }

    public IndexStore Store { get; }

    /// <summary>The folder the index lives in; null in memory.</summary>
    public string? Path { get; }

    public PassageWriter Writer { get; }

    public PassageSearcher Searcher { get; }

    public SpeakerLookup Speakers { get; }

    public TextVocabulary Vocabulary { get; }

    /// <summary>Takes a reference for one use; false once the generation is closed (a switch retired it meanwhile).</summary>
    public bool TryAcquire()
    {
        while (true)
        {
            var seen = Volatile.Read(ref _references);
            if (seen == 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _references, seen + 1, seen) == seen)
            {
                return true;
            }
        }
    }

    /// <summary>Gives up the owner's reference once it no longer serves; <paramref name="afterClose"/> runs when the last search on it ends.</summary>
    public void Retire(Action? afterClose)
    {
        _onClosed = afterClose;
        Release();
    }

    /// <summary>Gives a reference back; the last one closes the index.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Store.Dispose();
            _onClosed?.Invoke();
        }
    }
}

/// <summary>The parts of writing and searching that do not depend on which index is used, shared by every generation.</summary>
internal sealed record SearchParts(SearchTuning Tuning, QuestionTermExpander Expander, PassageQueryBuilder Queries, PairRescorer Pairs, ConceptRescorer Concepts, WordFamilyRescorer Families, AnswerKindRescorer AnswerKinds, PlaceRescorer Places, SectionHeadingMatcher Headings, MatchHighlighter Highlighter);
