using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search.Analysis;
using Lucene.Net.Search.Similarities;

namespace BriefingBot.Core.Search;

/// <summary>
/// The index of passages, as the rest of the bot sees it: opens the index with its analysis chain and ranking, and
/// hands each request to the part that does that one thing (<see cref="PassageWriter"/>, <see cref="QuestionAnalyzer"/>,
/// <see cref="PassageSearcher"/>, <see cref="SpeakerLookup"/>, <see cref="TextVocabulary"/>, <see cref="MatchHighlighter"/>).
/// A rebuild fills a new index beside the one that serves (<see cref="BeginRebuild"/>) and switches to it at once
/// when it is complete (<see cref="CompleteRebuild"/>); until then the old one, if there is one, keeps answering.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    /// <summary>What the serving index is committed with while a rebuild runs, so a crash meanwhile brings the rebuild back.</summary>
    private const string StaleFingerprint = "rebuilding";

    private readonly BriefingAnalyzer _wordAnalyzer;
    private readonly Similarity _similarity;
    private readonly IndexLayout? _layout;
    private readonly IndexFileAccess _access;
    private readonly QuestionAnalyzer _questions;
    private readonly MatchHighlighter _highlighter;
    private readonly ConceptLexicon _concepts;
    private readonly SearchParts _parts;
    private readonly System.Threading.Lock _switch = new();
    private volatile IndexGeneration? _live;
    private volatile IndexRebuild? _rebuild;

    /// <summary>The folder of an index that could not be opened: deleted once a rebuild replaces it.</summary>
    private string? _unusable;

    /// <summary>The search's parts as this index composes them, for the benchmark's step-by-step profile.</summary>
    internal SearchParts Parts => _parts;

    private PassageIndex(IndexLayout? layout, IndexFileAccess access, SearchTuning tuning)
    {
        _layout = layout;
        _access = access;
        _wordAnalyzer = new BriefingAnalyzer();
        _similarity = new BM25Similarity(tuning.K1, tuning.B);
        _questions = new QuestionAnalyzer(_wordAnalyzer);
        _highlighter = new MatchHighlighter(_wordAnalyzer);
        var concepts = _concepts = ConceptLexicon.Load(_wordAnalyzer);
        _parts = new SearchParts(tuning, new QuestionTermExpander(tuning, concepts, _wordAnalyzer), new PassageQueryBuilder(tuning), new PairRescorer(tuning), new ConceptRescorer(concepts, tuning), new WordFamilyRescorer(tuning), new AnswerKindRescorer(_wordAnalyzer, tuning), new PlaceRescorer(_wordAnalyzer, tuning), new SectionHeadingMatcher(_wordAnalyzer, tuning), _highlighter);
        if (layout is null)
        {
            return;
        }

        var current = layout.Current();
        if (current is not null)
        {
            try
            {
                _live = new IndexGeneration(IndexStore.OpenExisting(current, access, _wordAnalyzer, _similarity), current, _parts);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Truncated, corrupt, or of a format this Lucene cannot read: nothing to answer from until a rebuild.
                UnusableReason = $"{e.GetType().Name}: {e.Message}";
                _unusable = current;
            }
        }

        layout.DeleteStale(keep: current);
    }

    /// <summary>Opens the index persisted under <paramref name="path"/>, if there is a usable one; takes the process lock.</summary>
    public static PassageIndex Open(string path, SearchTuning? tuning = null, IndexFileAccess access = IndexFileAccess.Auto)
    {
        var layout = IndexLayout.Acquire(path);
        try
        {
            return new PassageIndex(layout, access, tuning ?? SearchTuning.Default);
        }
        catch
        {
            layout.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The folder holding the Lucene files of the index that serves under <paramref name="path"/> (the index directory),
    /// or null when there is none: for tools that read an index at rest with Lucene directly.
    /// </summary>
    public static string? FilesDirectory(string path) => IndexLayout.CurrentIn(Path.GetFullPath(path));

    /// <summary>An index that lives in memory only: for benchmarks and evaluation runs.</summary>
    public static PassageIndex InMemory(SearchTuning? tuning = null) => new(null, IndexFileAccess.Mapped, tuning ?? SearchTuning.Default);

    /// <summary>Which <see cref="Lucene.Net.Store.Directory"/> reads the files, e.g. <c>MMapDirectory</c>: for reports.</summary>
    public string DirectoryType => _live?.Store.DirectoryType ?? string.Empty;

    /// <summary>An index answers questions (perhaps an old one while a rebuild runs); false until the first is built.</summary>
    public bool IsServing => _live is not null;

    /// <summary>
    /// Threads a rebuild analyses and writes with: every core by default (analysis is most of a build's cost, and
    /// Lucene's writer takes documents from several threads at once). Questions are answered meanwhile all the same:
    /// they run on their own threads, and the operating system shares the cores.
    /// </summary>
    public int BuildThreads { get; set; } = Environment.ProcessorCount;

    /// <summary>How far the running rebuild has come; null when none runs.</summary>
    public IndexBuildProgress? RebuildProgress => _rebuild?.Progress;

    /// <summary>Why the index on disk could not be opened, when it could not (it is rebuilt); null otherwise.</summary>
    public string? UnusableReason { get; }

    /// <summary>The fingerprint of the corpus the serving index was built from, or null when none serves.</summary>
    public string? Fingerprint => Read(g => g.Writer.Fingerprint, null);

    public int PassageCount => Read(g =>
    {
        using var lease = g.Store.Lease();
        return lease.Searcher.IndexReader.NumDocs;
    }, 0);

    /// <summary>
    /// Replaces the whole index with these briefings, in one commit, and waits for it. A briefing Lucene refuses (an
    /// immense term) is left out whole and returned with the error, so that one briefing never stops the others from being served.
    /// </summary>
    public IReadOnlyList<(Briefing Briefing, Exception Error)> Rebuild(IEnumerable<Briefing> briefings, string fingerprint)
    {
        var all = briefings as IReadOnlyCollection<Briefing> ?? briefings.ToList();
        var rebuild = BeginRebuild(all.Sum(b => (long)b.Passages.Count));
        try
        {
            var failed = Build(rebuild, all, CancellationToken.None);
            return [.. failed, .. CompleteRebuild(rebuild, fingerprint)];
        }
        catch
        {
            AbandonRebuild(rebuild);
            throw;
        }
    }

    /// <summary>
    /// Starts a new, empty index beside the one that serves. From now on until <see cref="CompleteRebuild"/> or
    /// <see cref="AbandonRebuild"/>, briefings upserted or removed go to the serving index at once (if any) and are
    /// kept for the new one. <paramref name="passagesTotal"/> is what progress is reported against.
    /// </summary>
    public IndexRebuild BeginRebuild(long passagesTotal)
    {
        lock (_switch)
        {
            if (_rebuild is not null)
            {
                throw new InvalidOperationException("A rebuild is already running.");
            }

            var rebuild = new IndexRebuild(NewGeneration(forBuild: true), passagesTotal);
            _rebuild = rebuild;
            return rebuild;
        }
    }

    /// <summary>Writes these briefings into the new index and merges it (the long part: no lock held, questions keep being answered).</summary>
    public IReadOnlyList<(Briefing Briefing, Exception Error)> Build(IndexRebuild rebuild, IEnumerable<Briefing> briefings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        return rebuild.Generation.Writer.Fill(briefings, rebuild, BuildThreads, cancellationToken);
    }

    /// <summary>
    /// Applies the changes made since the rebuild began, commits the new index with <paramref name="fingerprint"/> and
    /// makes it the one that serves, in one step; the old one is closed and deleted once its last search ends.
    /// Returns the changed briefings Lucene refused.
    /// </summary>
    public IReadOnlyList<(Briefing Briefing, Exception Error)> CompleteRebuild(IndexRebuild rebuild, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        lock (_switch)
        {
            if (!ReferenceEquals(_rebuild, rebuild))
            {
                throw new InvalidOperationException("This rebuild is not the one running.");
            }

            var next = rebuild.Generation;
            var failed = next.Writer.Apply(rebuild.Changes);
            next.Writer.Commit(fingerprint);
            if (_layout is not null)
            {
                _layout.Switch(next.Path!);
            }

            var old = _live;
            _live = next;
            _rebuild = null;
            var layout = _layout;
            old?.Retire(layout is not null && old.Path is { } oldPath ? () => layout.Delete(oldPath) : null);
            if (_unusable is { } unusable && layout is not null)
            {
                layout.Delete(unusable);
                _unusable = null;
            }

            return failed;
        }
    }

    /// <summary>Throws the new index away (a failed or cancelled rebuild); the serving one is untouched.</summary>
    public void AbandonRebuild(IndexRebuild rebuild)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        lock (_switch)
        {
            if (!ReferenceEquals(_rebuild, rebuild))
            {
                return;
            }

            _rebuild = null;
        }

        rebuild.Generation.Store.Abandon();
        if (_layout is not null && rebuild.Generation.Path is { } path)
        {
            _layout.Delete(path);
        }
    }

    /// <summary>Adds (or replaces) one briefing and commits: once this returns, it is durable and searchable (and in a running rebuild's index).</summary>
    public void Upsert(Briefing briefing, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        lock (_switch)
        {
            if (_rebuild is { } rebuild)
            {
                rebuild.Upserted(briefing);
                _live?.Writer.Upsert(briefing, _live.Writer.Fingerprint ?? StaleFingerprint);
                return;
            }

            Live().Writer.Upsert(briefing, fingerprint);
        }
    }

    public void Remove(string briefingId, string fingerprint)
    {
        lock (_switch)
        {
            if (_rebuild is { } rebuild)
            {
                rebuild.Removed(briefingId);
                _live?.Writer.Remove(briefingId, _live.Writer.Fingerprint ?? StaleFingerprint);
                return;
            }

            Live().Writer.Remove(briefingId, fingerprint);
        }
    }

    /// <summary>Adds passages without committing: for building large benchmark indexes. <see cref="Compact"/> afterwards to serve as a rebuilt index does.</summary>
    public void AddUncommitted(Briefing briefing)
    {
        lock (_switch)
        {
            Live().Writer.AddUncommitted(briefing);
        }
    }

    /// <summary>Merges the index into one segment and commits, as a rebuild does: the fastest shape to search.</summary>
    public void Compact(string fingerprint)
    {
        lock (_switch)
        {
            Live().Writer.Compact(fingerprint);
        }
    }

    public void Commit(string fingerprint)
    {
        lock (_switch)
        {
            Live().Writer.Commit(fingerprint);
        }
    }

    /// <summary>Analyses a question the way passages are analysed; raw text never reaches a query parser.</summary>
    public AnalyzedQuestion Analyze(string question) => _questions.Analyze(question);

    public PassageSearchResult Search(PassageSearch request) => Read(g => g.Searcher.Search(request), PassageSearchResult.Empty);

    /// <summary>
    /// What is read from the search's result (the search made only when needed; null: none, an empty result), remembered
    /// under the key until the next commit. For a check that asks the index the same whatever the question: the key names
    /// the search and the reading. What is read is shared by every question that asks it: an immutable value.
    /// </summary>
    internal T Remembered<T>(string key, Func<PassageSearch?> request, Func<PassageSearchResult, T> read, T whenNone) =>
        Read(g => g.Searcher.Remembered(key, request, read), whenNone);

    /// <summary>Every passage attributed to <paramref name="speaker"/>, newest briefing first, in document order within it.</summary>
    public IReadOnlyList<Passage> PassagesBySpeaker(string speaker, string? briefingId = null, SearchScope? scope = null) =>
        PassagesBySpeakers([speaker], briefingId, scope);

    /// <summary>Every passage attributed to any of <paramref name="speakers"/>, each once, in the same order.</summary>
    public IReadOnlyList<Passage> PassagesBySpeakers(IReadOnlyList<string> speakers, string? briefingId = null, SearchScope? scope = null) =>
        Read(g => g.Speakers.PassagesBy(speakers, briefingId, scope), []);

    /// <summary>
    /// Up to <paramref name="count"/> passages spread evenly over the serving index, in document order: text the index
    /// itself holds, for a warm-up that asks about it. Empty when none serves.
    /// </summary>
    public IReadOnlyList<Passage> SamplePassages(int count) => Read(g =>
    {
        using var lease = g.Store.Lease();
        var reader = lease.Searcher.IndexReader;
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var sample = new List<Passage>();
        if (count <= 0 || reader.NumDocs == 0)
        {
            return sample;
        }

        var step = Math.Max(1, reader.MaxDoc / count);
        for (var doc = step / 2; doc < reader.MaxDoc && sample.Count < count; doc += step)
        {
            if (live is null || live.Get(doc))
            {
                sample.Add(PassageDocument.Read(lease.Searcher.Doc(doc)));
            }
        }

        return sample;
    }, []);

    /// <summary>The distinct speakers in the index.</summary>
    public IReadOnlyList<string> Speakers() => Read(g => g.Speakers.Speakers(), NoSpeakers);

    /// <summary>
    /// Every word of the passages' text as indexed, with its passage count; the same list until the next commit.
    /// Read only to match names typed in Latin letters, the first time an English question needs it after a commit.
    /// </summary>
    public IReadOnlyList<IndexedWord> TextVocabulary() => Read(g => g.Vocabulary.Words(), NoWords);

    /// <summary>The terms of the question as they would match a passage, for highlighting.</summary>
    public IReadOnlyList<TextSpan> Highlight(string text, IReadOnlyList<string> terms) =>
        _highlighter.Find(text, terms.ToHashSet(StringComparer.Ordinal));

    /// <summary>A passage's tokens, analysed once for several <see cref="AnalyzedPassage.Find"/>s: each gives what <see cref="Highlight"/> gives.</summary>
    public AnalyzedPassage AnalyzePassage(string text) => _highlighter.Analyze(text);

    /// <summary>
    /// The one-word entries the concept lexicon groups with any of a term's forms, the forms left out: the other words
    /// news writes a thing by («البواخر» for «السفينة»), as the passages' chain analyses them.
    /// </summary>
    internal IReadOnlyList<string> SameConcept(IReadOnlyList<string> forms) => [.. _concepts.OtherWordsOf(forms)];

    public void Dispose()
    {
        IndexRebuild? rebuild;
        IndexGeneration? live;
        lock (_switch)
        {
            rebuild = _rebuild;
            live = _live;
            _rebuild = null;
            _live = null;
        }

        // A rebuild still running is dropped as a crash would drop it: the next open deletes its folder.
        rebuild?.Generation.Store.Abandon();
        live?.Retire(null);
        _layout?.Dispose();
        _wordAnalyzer.Dispose();
    }

    private static readonly IReadOnlyList<string> NoSpeakers = [];
    private static readonly IReadOnlyList<IndexedWord> NoWords = [];

    /// <summary>Runs <paramref name="read"/> on the serving index, which stays open until it returns even if a rebuild switches meanwhile.</summary>
    private T Read<T>(Func<IndexGeneration, T> read, T whenNone)
    {
        while (true)
        {
            var live = _live;
            if (live is null)
            {
                return whenNone;
            }

            if (!live.TryAcquire())
            {
                continue; // Retired between the read of _live and here: the next read sees its successor.
            }

            try
            {
                return read(live);
            }
            finally
            {
                live.Release();
            }
        }
    }

    /// <summary>The serving index, or a new empty one when none serves yet (a write before any rebuild). Under <see cref="_switch"/>.</summary>
    private IndexGeneration Live()
    {
        if (_live is { } live)
        {
            return live;
        }

        var created = NewGeneration(forBuild: false);
        created.Store.Writer.Commit();
        if (_layout is not null)
        {
            _layout.Switch(created.Path!);
        }

        _live = created;
        return created;
    }

    private IndexGeneration NewGeneration(bool forBuild)
    {
        if (_layout is null)
        {
            return new IndexGeneration(IndexStore.InMemory(_wordAnalyzer, _similarity, forBuild), null, _parts);
        }

        var path = _layout.NewGeneration();
        return new IndexGeneration(IndexStore.Create(path, _access, _wordAnalyzer, _similarity, forBuild), path, _parts);
    }
}
