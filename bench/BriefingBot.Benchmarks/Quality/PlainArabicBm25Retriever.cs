using BriefingBot.Core.Evaluation;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BriefingBot.Benchmarks.Quality;

/// <summary>
/// The baseline to beat: Lucene's stock <see cref="ArabicAnalyzer"/> (normalisation, stop words, light stemming)
/// and BM25, the question as an OR of its analysed terms. No typo expansion, no extra fields.
/// </summary>
public sealed class PlainArabicBm25Retriever : IRetriever
{
    private const string IdField = "id";
    private const string TextField = "text";
    private static readonly LuceneVersion _version = LuceneVersion.LUCENE_48;

    private readonly RAMDirectory _directory = new();
    private readonly ArabicAnalyzer _analyzer = new(_version);
    private readonly BM25Similarity _similarity = new(1.2f, 0.75f);
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public void Index(IReadOnlyList<BenchmarkPassage> passages, bool includeTitle)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(_version, _analyzer) { Similarity = _similarity, OpenMode = OpenMode.CREATE }))
        {
            foreach (var p in passages)
            {
                var text = includeTitle && p.Title is not null ? p.Title + "\n" + p.Text : p.Text;
                writer.AddDocument(new Document
                {
                    new StringField(IdField, p.Id, Field.Store.YES),
                    new TextField(TextField, text, Field.Store.NO),
                });
            }

            writer.Commit();
        }

        _reader?.Dispose();
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = _similarity };
    }

    public IReadOnlyList<string> Rank(string question, int take)
    {
        var searcher = _searcher ?? throw new InvalidOperationException("Index the passages first.");
        var query = new BooleanQuery();
        foreach (var term in Terms(question))
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return [];
        }

        return searcher.Search(query, take).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IdField)).ToList();
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private List<string> Terms(string question)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(TextField, question);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (!terms.Contains(t))
            {
                terms.Add(t);
            }
        }

        stream.End();
        return terms;
    }
}
