using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BriefingBot.Core.Search;

/// <summary>
/// The Lucene index of passages. One writer for the life of the process (Lucene allows one per directory);
/// searches go through a <see cref="SearcherManager"/> so they see each commit without reopening by hand.
/// BM25 is set on both sides: Lucene 4.8 would otherwise score with TF-IDF.
/// </summary>
public sealed class PassageIndex : IDisposable
{
    private const int FuzzyExpansions = 4;

    private readonly LuceneDirectory _directory;
    private readonly BriefingAnalyzer _indexAnalyzer = new(forIndexing: true);
    private readonly BriefingAnalyzer _queryAnalyzer = new(forIndexing: false);
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly MatchHighlighter _highlighter;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly Similarity _similarity;
    private volatile IReadOnlyList<string>? _speakers;

    private PassageIndex(LuceneDirectory directory, Similarity similarity)
    {
        _directory = directory;
        _similarity = similarity;
        _highlighter = new MatchHighlighter(_indexAnalyzer);
        var config = new IndexWriterConfig(BriefingAnalyzer.Lucene, _indexAnalyzer)
        {
            Similarity = similarity,
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory(similarity));
    }

    /// <summary>Opens (or creates) the index persisted in <paramref name="path"/>.</summary>
    public static PassageIndex Open(string path, Similarity? similarity = null)
    {
        System.IO.Directory.CreateDirectory(path);
        return new PassageIndex(FSDirectory.Open(path), similarity ?? DefaultSimilarity());
    }

    /// <summary>An index that lives in memory only: for benchmarks and evaluation runs.</summary>
    public static PassageIndex InMemory(Similarity? similarity = null) =>
        new(new RAMDirectory(), similarity ?? DefaultSimilarity());

    public static Similarity DefaultSimilarity() => new BM25Similarity(k1: 1.2f, b: 0.75f);

    /// <summary>The fingerprint of the corpus the last commit was built from, or null for a new index.</summary>
    public string? Fingerprint
    {
        get
        {
            if (!DirectoryReader.IndexExists(_directory))
            {
                return null;
            }

            var searcher = _searchers.Acquire();
            try
            {
                var reader = (DirectoryReader)searcher.IndexReader;
                return reader.IndexCommit.UserData.TryGetValue(PassageFields.IndexVersionKey, out var v) ? v : null;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    public int PassageCount
    {
        get
        {
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>Replaces the whole index with these briefings, in one commit.</summary>
    public void Rebuild(IEnumerable<Briefing> briefings, string fingerprint)
    {
        lock (_writeLock)
        {
            _writer.DeleteAll();
            foreach (var briefing in briefings)
            {
                AddDocuments(briefing);
            }

            Commit(fingerprint);
        }
    }

    /// <summary>Adds (or replaces) one briefing and commits: once this returns, it is durable and searchable.</summary>
    public void Upsert(Briefing briefing, string fingerprint)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(PassageFields.BriefingId, briefing.Id));
            AddDocuments(briefing);
            Commit(fingerprint);
        }
    }

    public void Remove(string briefingId, string fingerprint)
    {
        lock (_writeLock)
        {
            _writer.DeleteDocuments(new Term(PassageFields.BriefingId, briefingId));
            Commit(fingerprint);
        }
    }

    /// <summary>Adds passages without committing: for building large benchmark indexes.</summary>
    public void AddUncommitted(Briefing briefing)
    {
        lock (_writeLock)
        {
            AddDocuments(briefing);
        }
    }

    public void Commit(string fingerprint)
    {
        lock (_writeLock)
        {
            _writer.SetCommitData(new Dictionary<string, string> { [PassageFields.IndexVersionKey] = fingerprint });
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            _speakers = null;
        }
    }

    public AnalyzedQuestion Analyze(string question)
    {
        var terms = new List<string>();
        using var stream = _queryAnalyzer.GetTokenStream(PassageFields.Text, question);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var t = term.ToString();
            if (t.Length > 0 && !terms.Contains(t))
            {
                terms.Add(t);
            }
        }

        stream.End();
        return new AnalyzedQuestion(question, terms);
    }

    public PassageSearchResult Search(PassageSearch request)
    {
        if (request.Question.IsEmpty || request.Take <= 0)
        {
            return PassageSearchResult.Empty;
        }

        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var expanded = Expand(reader, request.Question.Terms);
            var query = BuildQuery(expanded);
            if (query.Clauses.Count == 0)
            {
                return PassageSearchResult.Empty;
            }

            Filter? filter = request.BriefingId is null
                ? null
                : new QueryWrapperFilter(new TermQuery(new Term(PassageFields.BriefingId, request.BriefingId)));
            var sort = new Sort(SortField.FIELD_SCORE, new SortField(PassageFields.DateDays, SortFieldType.INT32, true), new SortField(PassageFields.Ordinal, SortFieldType.INT32));
            var top = searcher.Search(query, filter, request.Skip + request.Take, sort, doDocScores: true, doMaxScore: false);
            var hits = new List<PassageHit>();
            double topCoverage = 0;
            for (var i = 0; i < top.ScoreDocs.Length; i++)
            {
                var scoreDoc = top.ScoreDocs[i];
                var passage = ToPassage(searcher.Doc(scoreDoc.Doc));
                if (i == 0)
                {
                    topCoverage = Coverage(expanded, PresentTerms(passage.Text));
                }

                if (i < request.Skip)
                {
                    continue;
                }

                var allVariants = expanded.SelectMany(e => e.Variants).ToHashSet(StringComparer.Ordinal);
                hits.Add(new PassageHit(passage, scoreDoc.Score, _highlighter.Find(passage.Text, allVariants)));
            }

            return new PassageSearchResult(hits, topCoverage, top.TotalHits);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Every passage attributed to <paramref name="speaker"/>, newest briefing first, in document order within it.</summary>
    public IReadOnlyList<Passage> PassagesBySpeaker(string speaker, string? briefingId = null)
    {
        var searcher = _searchers.Acquire();
        try
        {
            var query = new BooleanQuery { { new TermQuery(new Term(PassageFields.Speaker, speaker)), Occur.MUST } };
            if (briefingId is not null)
            {
                query.Add(new TermQuery(new Term(PassageFields.BriefingId, briefingId)), Occur.MUST);
            }

            var sort = new Sort(new SortField(PassageFields.DateDays, SortFieldType.INT32, true), new SortField(PassageFields.BriefingId, SortFieldType.STRING), new SortField(PassageFields.Ordinal, SortFieldType.INT32));
            var top = searcher.Search(query, null, 1000, sort);
            return top.ScoreDocs.Select(d => ToPassage(searcher.Doc(d.Doc))).ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The distinct speakers in the index.</summary>
    public IReadOnlyList<string> Speakers()
    {
        var cached = _speakers;
        if (cached is not null)
        {
            return cached;
        }

        var searcher = _searchers.Acquire();
        try
        {
            var speakers = new List<string>();
            var terms = MultiFields.GetTerms(searcher.IndexReader, PassageFields.Speaker);
            if (terms is not null)
            {
                var e = terms.GetEnumerator();
                while (e.MoveNext())
                {
                    speakers.Add(e.Term.Utf8ToString());
                }
            }

            _speakers = speakers;
            return speakers;
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The terms of the question as they would match a passage, for highlighting.</summary>
    public IReadOnlyList<TextSpan> Highlight(string text, IReadOnlyList<string> terms) =>
        _highlighter.Find(text, terms.ToHashSet(StringComparer.Ordinal));

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _indexAnalyzer.Dispose();
        _queryAnalyzer.Dispose();
    }

    private HashSet<string> PresentTerms(string text)
    {
        var present = new HashSet<string>(StringComparer.Ordinal);
        using var stream = _indexAnalyzer.GetTokenStream(PassageFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            present.Add(term.ToString());
        }

        stream.End();
        return present;
    }

    private static double Coverage(IReadOnlyList<ExpandedTerm> expanded, HashSet<string> present)
    {
        double total = 0, matched = 0;
        foreach (var term in expanded)
        {
            total += term.Weight;
            if (term.Variants.Any(present.Contains))
            {
                matched += term.Weight;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    /// <summary>
    /// Each question term with the index terms it may match: itself when the index knows it, otherwise its
    /// nearest spellings (typos, transliteration variants). Weights are IDF, so rare words count for more.
    /// </summary>
    private List<ExpandedTerm> Expand(IndexReader reader, IReadOnlyList<string> terms)
    {
        var docCount = Math.Max(reader.NumDocs, 1);
        var result = new List<ExpandedTerm>();
        foreach (var text in terms)
        {
            var term = new Term(PassageFields.Text, text);
            var df = reader.DocFreq(term);
            if (df > 0)
            {
                result.Add(new ExpandedTerm(text, [text], Idf(df, docCount), Fuzzy: false));
                continue;
            }

            var variants = new List<string>();
            var bestDf = 0;
            if (text.Length >= 4)
            {
                var fuzzy = new FuzzyQuery(term, text.Length >= 7 ? 2 : 1, prefixLength: 1, maxExpansions: FuzzyExpansions, transpositions: true);
                if (fuzzy.Rewrite(reader) is BooleanQuery rewritten)
                {
                    foreach (var clause in rewritten.Clauses)
                    {
                        if (clause.Query is TermQuery tq)
                        {
                            variants.Add(tq.Term.Text);
                            bestDf = Math.Max(bestDf, reader.DocFreq(tq.Term));
                        }
                    }
                }
            }

            result.Add(new ExpandedTerm(text, variants, Idf(bestDf, docCount), Fuzzy: true));
        }

        return result;
    }

    private static float Idf(int df, int docCount) => (float)Math.Log(1 + ((docCount - df + 0.5) / (df + 0.5)));

    private static BooleanQuery BuildQuery(IReadOnlyList<ExpandedTerm> expanded)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in expanded)
        {
            foreach (var variant in term.Variants)
            {
                var boost = term.Fuzzy ? 0.8f : 1f;
                var perTerm = new DisjunctionMaxQuery(0.1f)
                {
                    new TermQuery(new Term(PassageFields.Text, variant)) { Boost = boost },
                    new TermQuery(new Term(PassageFields.SpeakerText, variant)) { Boost = boost * 0.5f },
                    new TermQuery(new Term(PassageFields.SectionText, variant)) { Boost = boost * 0.3f },
                };
                query.Add(perTerm, Occur.SHOULD);
            }
        }

        return query;
    }

    private void AddDocuments(Briefing briefing)
    {
        var days = briefing.Date.DayNumber;
        foreach (var p in briefing.Passages)
        {
            var doc = new Document
            {
                new StringField(PassageFields.Id, p.Id, Field.Store.YES),
                new StringField(PassageFields.BriefingId, p.BriefingId, Field.Store.YES),
                new StoredField(PassageFields.Title, p.BriefingTitle),
                new StoredField(PassageFields.Date, p.BriefingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                new NumericDocValuesField(PassageFields.DateDays, days),
                new StoredField(PassageFields.Ordinal, p.Ordinal),
                new NumericDocValuesField(PassageFields.Ordinal, p.Ordinal),
                new SortedDocValuesField(PassageFields.BriefingId, new Lucene.Net.Util.BytesRef(p.BriefingId)),
                new TextField(PassageFields.Text, p.Text, Field.Store.YES),
            };
            if (p.Section is not null)
            {
                doc.Add(new StoredField(PassageFields.Section, p.Section));
                doc.Add(new TextField(PassageFields.SectionText, p.Section, Field.Store.NO));
            }

            if (p.Speaker is not null)
            {
                doc.Add(new StringField(PassageFields.Speaker, p.Speaker, Field.Store.YES));
                doc.Add(new TextField(PassageFields.SpeakerText, p.Speaker, Field.Store.NO));
            }

            _writer.AddDocument(doc);
        }
    }

    private static Passage ToPassage(Document doc) => new(
        doc.Get(PassageFields.Id),
        doc.Get(PassageFields.BriefingId),
        doc.Get(PassageFields.Title),
        DateOnly.ParseExact(doc.Get(PassageFields.Date), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        doc.Get(PassageFields.Section),
        doc.GetField(PassageFields.Ordinal).GetInt32Value() ?? 0,
        doc.Get(PassageFields.Text),
        doc.Get(PassageFields.Speaker));

    private sealed record ExpandedTerm(string Text, IReadOnlyList<string> Variants, float Weight, bool Fuzzy);

    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
