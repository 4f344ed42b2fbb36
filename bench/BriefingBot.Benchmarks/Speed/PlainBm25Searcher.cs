using BriefingBot.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// The reference cost of a search: the question's analysed terms as an OR of term queries on the passage text,
/// BM25, top hits with their stored text loaded, run on its own reader over the same index directory.
/// What the answer pipeline adds on top (speaker matching, typo expansion, extra fields, coverage, highlighting)
/// is the difference to this.
/// </summary>
public sealed class PlainBm25Searcher : IDisposable
{
    /// <summary>The passage text field of the product's index.</summary>
    public const string TextField = "text";

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public PlainBm25Searcher(string indexPath)
    {
        // The product keeps its index in a folder of the index directory (PassageIndex.FilesDirectory).
        _directory = FSDirectory.Open(BriefingBot.Core.Search.PassageIndex.FilesDirectory(indexPath) ?? indexPath);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity(1.2f, 0.75f) };
    }

    public string DirectoryType => _directory.GetType().Name;

    public IndexReader Reader => _reader;

    /// <summary>Searches and loads the text of the top hits; returns how many hits there were in all.</summary>
    public int Search(AnalyzedQuestion question, int take)
    {
        var query = new BooleanQuery();
        foreach (var term in question.Terms)
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return 0;
        }

        var top = _searcher.Search(query, take);
        foreach (var hit in top.ScoreDocs)
        {
            _ = _searcher.Doc(hit.Doc).Get(TextField);
        }

        return top.TotalHits;
    }

    /// <summary>How many of the terms the index does not know: those the product expands by edit distance.</summary>
    public int UnknownTerms(AnalyzedQuestion question) =>
        question.Terms.Count(t => _reader.DocFreq(new Term(TextField, t)) == 0);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
