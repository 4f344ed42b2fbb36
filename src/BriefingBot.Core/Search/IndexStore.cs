using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BriefingBot.Core.Search;

/// <summary>
/// One Lucene index and who may touch it: the directory, the one writer for its life (Lucene allows one per
/// directory) and the <see cref="SearcherManager"/> through which searches see each commit without reopening by hand.
/// BM25 is set on both sides: Lucene 4.8 would otherwise score with TF-IDF. The process lock is the caller's
/// (<see cref="IndexLayout"/>): it covers every index kept under the data directory.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    /// <summary>
    /// The writer's buffer while a whole index is built: each flush writes a segment that the final merge reads back, so
    /// fewer, larger flushes mean less merging (Lucene's default is 16 MB). Measured in bench/RESULTS.md.
    /// </summary>
    internal const double BuildBufferMegabytes = 64;

    private readonly LuceneDirectory _directory;
    private readonly SearcherManager _searchers;

    private IndexStore(LuceneDirectory directory, Analyzer analyzer, Similarity similarity, OpenMode mode, bool forBuild)
    {
        _directory = directory;
        var config = new IndexWriterConfig(Analysis.BriefingAnalyzer.Lucene, analyzer)
        {
            Similarity = similarity,
            OpenMode = mode,
        };
        if (forBuild)
        {
            config.RAMBufferSizeMB = BuildBufferMegabytes;
        }

        try
        {
            Writer = new IndexWriter(directory, config);
            _searchers = new SearcherManager(Writer, applyAllDeletes: true, new BM25SearcherFactory(similarity));
        }
        catch
        {
            Writer?.Dispose();
            throw;
        }
    }

    /// <summary>Opens the index in <paramref name="path"/>, which must hold a commit.</summary>
    /// <exception cref="IOException">No index is there, or it cannot be read (corrupt, truncated, an unknown format).</exception>
    public static IndexStore OpenExisting(string path, IndexFileAccess access, Analyzer analyzer, Similarity similarity) =>
        Open(path, access, analyzer, similarity, OpenMode.APPEND, forBuild: false);

    /// <summary>Creates an empty index in <paramref name="path"/> to be filled, replacing whatever is there.</summary>
    public static IndexStore Create(string path, IndexFileAccess access, Analyzer analyzer, Similarity similarity, bool forBuild) =>
        Open(path, access, analyzer, similarity, OpenMode.CREATE, forBuild);

    private static IndexStore Open(string path, IndexFileAccess access, Analyzer analyzer, Similarity similarity, OpenMode mode, bool forBuild)
    {
        var folder = System.IO.Directory.CreateDirectory(path);
        LuceneDirectory directory = access switch
        {
            IndexFileAccess.Read => new NIOFSDirectory(folder),
            IndexFileAccess.Auto => new SizeSwitchDirectory(folder, SizeSwitchDirectory.AutoMappedFileLimit),
            _ => FSDirectory.Open(folder),
        };
        try
        {
            return new IndexStore(directory, analyzer, similarity, mode, forBuild);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>An index that lives in memory only.</summary>
    public static IndexStore InMemory(Analyzer analyzer, Similarity similarity, bool forBuild) =>
        new(new RAMDirectory(), analyzer, similarity, OpenMode.CREATE_OR_APPEND, forBuild);

    public IndexWriter Writer { get; } = null!;

    /// <summary>Which <see cref="LuceneDirectory"/> reads the files, e.g. <c>MMapDirectory</c>.</summary>
    public string DirectoryType => _directory.GetType().Name;

    /// <summary>False until the first commit.</summary>
    public bool HasCommit => DirectoryReader.IndexExists(_directory);

    /// <summary>A searcher over the latest commit; dispose it to give it back.</summary>
    public SearcherLease Lease() => new(_searchers);

    /// <summary>Makes the last commit visible to the next lease.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <summary>Throws away what was written since the last commit and closes the index.</summary>
    public void Abandon()
    {
        _searchers.Dispose();
        Writer.Rollback();
        _directory.Dispose();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
    }

    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
