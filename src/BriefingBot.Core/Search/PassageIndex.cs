using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Search.Similarities;

namespace BriefingBot.Core.Search;

/// <summary>
/// The index of passages, as the rest of the bot sees it: opens the store with its analysis chain and ranking, and
/// hands each request to the part that does that one thing (<see cref="PassageWriter"/>, <see cref="QuestionAnalyzer"/>,
/// <see cref="PassageSearcher"/>, <see cref="SpeakerLookup"/>, <see cref="TextVocabulary"/>, <see cref="MatchHighlighter"/>).
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private readonly BriefingAnalyzer _wordAnalyzer;
    private readonly BriefingAnalyzer _pairAnalyzer;
    private readonly PerFieldAnalyzerWrapper _indexAnalyzer;
    private readonly IndexStore _store;
    private readonly PassageWriter _writer;
    private readonly QuestionAnalyzer _questions;
    private readonly PassageSearcher _searcher;
    private readonly SpeakerLookup _speakers;
    private readonly MatchHighlighter _highlighter;
    private readonly TextVocabulary _vocabulary;

    private PassageIndex(Func<Analyzer, Similarity, IndexStore> openStore, SearchTuning tuning)
    {
        _wordAnalyzer = new BriefingAnalyzer(AnalysisMode.Words);
        _pairAnalyzer = new BriefingAnalyzer(AnalysisMode.Pairs);
        _indexAnalyzer = new PerFieldAnalyzerWrapper(_wordAnalyzer, new Dictionary<string, Analyzer> { [PassageFields.Pairs] = _pairAnalyzer });
        try
        {
            _store = openStore(_indexAnalyzer, new BM25Similarity(tuning.K1, tuning.B));
        }
        catch
        {
            DisposeAnalyzers();
            throw;
        }

        _writer = new PassageWriter(_store);
        _questions = new QuestionAnalyzer(_wordAnalyzer);
        _highlighter = new MatchHighlighter(_wordAnalyzer);
        _searcher = new PassageSearcher(_store, new QuestionTermExpander(tuning), new PassageQueryBuilder(tuning), _highlighter);
        _speakers = new SpeakerLookup(_store);
        _vocabulary = new TextVocabulary(_store);
    }

    /// <summary>Opens (or creates) the index persisted in <paramref name="path"/>.</summary>
    public static PassageIndex Open(string path, SearchTuning? tuning = null, IndexFileAccess access = IndexFileAccess.Mapped) =>
        new((analyzer, similarity) => IndexStore.Open(path, access, analyzer, similarity), tuning ?? SearchTuning.Default);

    /// <summary>An index that lives in memory only: for benchmarks and evaluation runs.</summary>
    public static PassageIndex InMemory(SearchTuning? tuning = null) =>
        new(IndexStore.InMemory, tuning ?? SearchTuning.Default);

    /// <summary>Which <see cref="Lucene.Net.Store.Directory"/> reads the files, e.g. <c>MMapDirectory</c>: for reports.</summary>
    public string DirectoryType => _store.DirectoryType;

    /// <summary>The fingerprint of the corpus the last commit was built from, or null for a new index.</summary>
    public string? Fingerprint => _writer.Fingerprint;

    public int PassageCount
    {
        get
        {
            using var lease = _store.Lease();
            return lease.Searcher.IndexReader.NumDocs;
        }
    }

    /// <summary>
    /// Replaces the whole index with these briefings, in one commit. A briefing Lucene refuses (an immense term) is
    /// left out whole and returned with the error, so that one briefing never stops the others from being served.
    /// </summary>
    public IReadOnlyList<(Briefing Briefing, Exception Error)> Rebuild(IEnumerable<Briefing> briefings, string fingerprint) =>
        _writer.Rebuild(briefings, fingerprint);

    /// <summary>Adds (or replaces) one briefing and commits: once this returns, it is durable and searchable.</summary>
    public void Upsert(Briefing briefing, string fingerprint) => _writer.Upsert(briefing, fingerprint);

    public void Remove(string briefingId, string fingerprint) => _writer.Remove(briefingId, fingerprint);

    /// <summary>Adds passages without committing: for building large benchmark indexes. <see cref="Compact"/> afterwards to serve as a rebuilt index does.</summary>
    public void AddUncommitted(Briefing briefing) => _writer.AddUncommitted(briefing);

    /// <summary>Merges the index into one segment and commits, as a rebuild does: the fastest shape to search.</summary>
    public void Compact(string fingerprint) => _writer.Compact(fingerprint);

    public void Commit(string fingerprint) => _writer.Commit(fingerprint);

    /// <summary>Analyses a question the way passages are analysed; raw text never reaches a query parser.</summary>
    public AnalyzedQuestion Analyze(string question) => _questions.Analyze(question);

    public PassageSearchResult Search(PassageSearch request) => _searcher.Search(request);

    /// <summary>Every passage attributed to <paramref name="speaker"/>, newest briefing first, in document order within it.</summary>
    public IReadOnlyList<Passage> PassagesBySpeaker(string speaker, string? briefingId = null, SearchScope? scope = null) => _speakers.PassagesBy(speaker, briefingId, scope);

    /// <summary>The distinct speakers in the index.</summary>
    public IReadOnlyList<string> Speakers() => _speakers.Speakers();

    /// <summary>
    /// Every word of the passages' text as indexed, with its passage count; the same list until the next commit.
    /// Read only to match names typed in Latin letters, the first time an English question needs it after a commit.
    /// </summary>
    public IReadOnlyList<IndexedWord> TextVocabulary() => _vocabulary.Words();

    /// <summary>The terms of the question as they would match a passage, for highlighting.</summary>
    public IReadOnlyList<TextSpan> Highlight(string text, IReadOnlyList<string> terms) =>
        _highlighter.Find(text, terms.ToHashSet(StringComparer.Ordinal));

    public void Dispose()
    {
        _store.Dispose();
        DisposeAnalyzers();
    }

    private void DisposeAnalyzers()
    {
        _indexAnalyzer.Dispose();
        _wordAnalyzer.Dispose();
        _pairAnalyzer.Dispose();
    }
}
