using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BriefingBot.Core.Search;

/// <summary>
/// Where the index lives and who may touch it: the directory, the process lock, the one writer for the life of the
/// process (Lucene allows one per directory) and the <see cref="SearcherManager"/> through which searches see each
/// commit without reopening by hand. BM25 is set on both sides: Lucene 4.8 would otherwise score with TF-IDF.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexProcessLock? _processLock;
    private readonly SearcherManager _searchers;

    private IndexStore(LuceneDirectory directory, Analyzer analyzer, Similarity similarity, IndexProcessLock? processLock)
    {
        _directory = directory;
        _processLock = processLock;
        var config = new IndexWriterConfig(Analysis.BriefingAnalyzer.Lucene, analyzer)
        {
            Similarity = similarity,
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        Writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(Writer, applyAllDeletes: true, new BM25SearcherFactory(similarity));
    }

    /// <summary>Opens (or creates) the index persisted in <paramref name="path"/>, after taking the process lock.</summary>
    public static IndexStore Open(string path, IndexFileAccess access, Analyzer analyzer, Similarity similarity)
    {
        var folder = System.IO.Directory.CreateDirectory(path);
        var processLock = IndexProcessLock.Acquire(folder.FullName);
        LuceneDirectory? directory = null;
        try
        {
            directory = access switch
            {
                IndexFileAccess.Read => new NIOFSDirectory(folder),
                _ => FSDirectory.Open(folder),
            };
            return new IndexStore(directory, analyzer, similarity, processLock);
        }
        catch
        {
            directory?.Dispose();
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>An index that lives in memory only.</summary>
    public static IndexStore InMemory(Analyzer analyzer, Similarity similarity) =>
        new(new RAMDirectory(), analyzer, similarity, processLock: null);

    public IndexWriter Writer { get; }

    /// <summary>Which <see cref="LuceneDirectory"/> reads the files, e.g. <c>MMapDirectory</c>.</summary>
    public string DirectoryType => _directory.GetType().Name;

    /// <summary>False until the first commit.</summary>
    public bool HasCommit => DirectoryReader.IndexExists(_directory);

    /// <summary>A searcher over the latest commit; dispose it to give it back.</summary>
    public SearcherLease Lease() => new(_searchers);

    /// <summary>Makes the last commit visible to the next lease.</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    public void Dispose()
    {
        _searchers.Dispose();
        Writer.Dispose();
        _directory.Dispose();
        _processLock?.Dispose();
    }

    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
