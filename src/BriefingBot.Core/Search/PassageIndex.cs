using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
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
    /// <summary>How many of the best hits are checked for how much of the question they cover.</summary>
    private const int CoverageDepth = 3;

    /// <summary>
    /// Spelling correction keeps the first two letters: typos there are rare, and it keeps the walk of the term
    /// dictionary short on a large index.
    /// </summary>
    private const int FuzzyPrefixLength = 2;

    /// <summary>
    /// Every segment adds a fixed cost to each question: a term-dictionary seek per term and field, and a scorer with its
    /// own bucket table (~0.15 ms and ~300 KB of garbage per question at 100k passages, measured in bench/RESULTS.md).
    /// A rebuild merges the index into one segment; an update merges the smallest segments together once there are
    /// more than this, which rewrites only the small recent ones.
    /// </summary>
    private const int MaxSegmentsAfterUpdate = 3;

    private readonly LuceneDirectory _directory;
    private readonly BriefingAnalyzer _wordAnalyzer = new(AnalysisMode.Words);
    private readonly BriefingAnalyzer _pairAnalyzer = new(AnalysisMode.Pairs);
    private readonly PerFieldAnalyzerWrapper _indexAnalyzer;
    private readonly SearchTuning _tuning;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly MatchHighlighter _highlighter;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly IndexProcessLock? _processLock;
    private volatile IReadOnlyList<string>? _speakers;

    private PassageIndex(LuceneDirectory directory, SearchTuning tuning, IndexProcessLock? processLock = null)
    {
        _directory = directory;
        _processLock = processLock;
        _tuning = tuning;
        var similarity = new BM25Similarity(tuning.K1, tuning.B);
        _indexAnalyzer = new PerFieldAnalyzerWrapper(_wordAnalyzer, new Dictionary<string, Analyzer> { [PassageFields.Pairs] = _pairAnalyzer });
        _highlighter = new MatchHighlighter(_wordAnalyzer);
        var config = new IndexWriterConfig(BriefingAnalyzer.Lucene, _indexAnalyzer)
        {
            Similarity = similarity,
            OpenMode = OpenMode.CREATE_OR_APPEND,
        };
        _writer = new IndexWriter(directory, config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new BM25SearcherFactory(similarity));
    }

    /// <summary>Opens (or creates) the index persisted in <paramref name="path"/>.</summary>
    public static PassageIndex Open(string path, SearchTuning? tuning = null, IndexFileAccess access = IndexFileAccess.Mapped)
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
            return new PassageIndex(directory, tuning ?? SearchTuning.Default, processLock);
        }
        catch
        {
            directory?.Dispose();
            processLock.Dispose();
            throw;
        }
    }

    /// <summary>Which <see cref="LuceneDirectory"/> reads the files, e.g. <c>MMapDirectory</c>: for reports.</summary>
    public string DirectoryType => _directory.GetType().Name;

    /// <summary>An index that lives in memory only: for benchmarks and evaluation runs.</summary>
    public static PassageIndex InMemory(SearchTuning? tuning = null) =>
        new(new RAMDirectory(), tuning ?? SearchTuning.Default);

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

            _writer.ForceMerge(1);
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

    /// <summary>Adds passages without committing: for building large benchmark indexes. <see cref="Compact"/> afterwards to serve as a rebuilt index does.</summary>
    public void AddUncommitted(Briefing briefing)
    {
        lock (_writeLock)
        {
            AddDocuments(briefing);
        }
    }

    /// <summary>Merges the index into one segment and commits, as a rebuild does: the fastest shape to search.</summary>
    public void Compact(string fingerprint)
    {
        lock (_writeLock)
        {
            _writer.ForceMerge(1);
            Commit(fingerprint);
        }
    }

    public void Commit(string fingerprint)
    {
        lock (_writeLock)
        {
            _writer.SetCommitData(new Dictionary<string, string> { [PassageFields.IndexVersionKey] = fingerprint });
            _writer.ForceMerge(MaxSegmentsAfterUpdate);
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            _speakers = null;
        }
    }

    /// <summary>Analyses a question the way passages are analysed; raw text never reaches a query parser.</summary>
    public AnalyzedQuestion Analyze(string question)
    {
        var positions = new List<List<string>>();
        using (var stream = _wordAnalyzer.GetTokenStream(PassageFields.Text, question))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var t = term.ToString();
                if (t.Length == 0)
                {
                    continue;
                }

                if (increment.PositionIncrement > 0 || positions.Count == 0)
                {
                    positions.Add([t]);
                }
                else if (!positions[^1].Contains(t))
                {
                    positions[^1].Add(t);
                }
            }

            stream.End();
        }

        var pairs = new List<string>();
        for (var i = 1; i < positions.Count; i++)
        {
            var pair = AdjacentPairFilter.Pair(positions[i - 1][0], positions[i][0]);
            if (!pairs.Contains(pair))
            {
                pairs.Add(pair);
            }
        }

        var terms = new List<QueryTerm>();
        foreach (var forms in positions)
        {
            if (!terms.Any(t => t.Primary == forms[0]))
            {
                terms.Add(new QueryTerm(forms[0], forms));
            }
        }

        return new AnalyzedQuestion(question, terms, pairs);
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
            var lookup = new TermStatisticsLookup(reader.Context);
            var expanded = Expand(reader, lookup, request.Question.QueryTerms);
            var query = BuildQuery(lookup, expanded, request.Question.Pairs, CommonTermCutoff(reader.NumDocs));
            if (query.Clauses.Count == 0)
            {
                return new PassageSearchResult([], 0, 0, Matches(expanded, null));
            }

            Filter? filter = request.BriefingId is null
                ? null
                : new QueryWrapperFilter(new TermQuery(new Term(PassageFields.BriefingId, request.BriefingId)));
            // Scoring alone lets Lucene use its fast out-of-order scorer; ties (the same text in two briefings)
            // are then broken by date in the few hits fetched, with enough spare to see a tie across the cut.
            // (Scoring in order would save its 2,048-bucket table per question, but costs a third more CPU: measured.)
            var wanted = request.Skip + request.Take;
            var top = searcher.Search(query, filter, wanted * 2);
            var ranked = RankTies(reader, top.ScoreDocs).Take(wanted).ToList();
            var hits = new List<PassageHit>();
            HashSet<string>? bestTerms = null;
            var bestCoverage = -1.0;
            var allVariants = expanded.SelectMany(e => e.Variants).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < ranked.Count; i++)
            {
                var scoreDoc = ranked[i];
                if (i >= CoverageDepth && i < request.Skip)
                {
                    continue;
                }

                var passage = ToPassage(searcher.Doc(scoreDoc.Doc));
                // One analysis of the hit gives both its highlights and which question terms it contains.
                var present = i < CoverageDepth ? new HashSet<string>(StringComparer.Ordinal) : null;
                var highlights = _highlighter.Find(passage.Text, allVariants, present);
                if (present is not null)
                {
                    var coverage = Coverage(Matches(expanded, present));
                    if (coverage > bestCoverage)
                    {
                        bestCoverage = coverage;
                        bestTerms = present;
                    }
                }

                if (i >= request.Skip)
                {
                    hits.Add(new PassageHit(passage, scoreDoc.Score, highlights));
                }
            }

            var matches = Matches(expanded, bestTerms);
            return new PassageSearchResult(hits, Coverage(matches), top.TotalHits, matches);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Orders hits by score, then newer briefing first, then document order.</summary>
    private static IEnumerable<ScoreDoc> RankTies(IndexReader reader, ScoreDoc[] hits)
    {
        var dates = MultiDocValues.GetNumericValues(reader, PassageFields.DateDays);
        var ordinals = MultiDocValues.GetNumericValues(reader, PassageFields.Ordinal);
        return hits
            .OrderByDescending(h => h.Score)
            .ThenByDescending(h => dates?.Get(h.Doc) ?? 0)
            .ThenBy(h => ordinals?.Get(h.Doc) ?? 0);
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
        _processLock?.Dispose();
        _indexAnalyzer.Dispose();
        _wordAnalyzer.Dispose();
        _pairAnalyzer.Dispose();
    }

    private static List<TermMatch> Matches(IReadOnlyList<ExpandedTerm> expanded, HashSet<string>? present) =>
        expanded.Select(t => new TermMatch(t.Text, t.Variants, t.Weight, t.Fuzzy, present is not null && t.Variants.Any(present.Contains))).ToList();

    private static double Coverage(IReadOnlyList<TermMatch> terms)
    {
        double total = 0, matched = 0;
        foreach (var term in terms)
        {
            total += term.Weight;
            if (term.InTopHit)
            {
                matched += term.Weight;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    /// <summary>
    /// Each question term with the index terms it may match: its forms the index knows, otherwise the nearest
    /// spellings of its main form (typos, transliteration variants). Weights are IDF, so rare words count for more.
    /// The term statistics looked up here are handed to the query, so the dictionary is not searched twice.
    /// </summary>
    private List<ExpandedTerm> Expand(IndexReader reader, TermStatisticsLookup lookup, IReadOnlyList<QueryTerm> terms)
    {
        var docCount = Math.Max(reader.NumDocs, 1);
        var result = new List<ExpandedTerm>(terms.Count);
        var fuzzyTerms = 0;
        foreach (var queryTerm in terms)
        {
            var known = new List<string>(queryTerm.Forms.Count);
            var states = new List<TermContext>(queryTerm.Forms.Count);
            var bestDf = 0;
            foreach (var form in queryTerm.Forms)
            {
                var state = lookup.Find(PassageFields.Text, form);
                if (state.DocFreq > 0)
                {
                    known.Add(form);
                    states.Add(state);
                    bestDf = Math.Max(bestDf, state.DocFreq);
                }
            }

            if (known.Count > 0)
            {
                result.Add(new ExpandedTerm(queryTerm.Primary, known, states, Idf(bestDf, docCount), Fuzzy: false));
                continue;
            }

            var text = queryTerm.Primary;
            if (text.Length >= _tuning.MinFuzzyLength && text.Length <= _tuning.MaxFuzzyLength && _tuning.MaxFuzzyExpansions > 0 && fuzzyTerms++ < _tuning.MaxFuzzyTerms)
            {
                var term = new Term(PassageFields.Text, text);
                var edits = text.Length >= _tuning.MinTwoEditLength ? 2 : 1;
                var fuzzy = new FuzzyQuery(term, edits, prefixLength: FuzzyPrefixLength, maxExpansions: _tuning.MaxFuzzyExpansions, transpositions: true);
                if (fuzzy.Rewrite(reader) is BooleanQuery rewritten)
                {
                    foreach (var clause in rewritten.Clauses)
                    {
                        if (clause.Query is TermQuery tq)
                        {
                            var state = lookup.Find(PassageFields.Text, tq.Term.Text);
                            known.Add(tq.Term.Text);
                            states.Add(state);
                            bestDf = Math.Max(bestDf, state.DocFreq);
                        }
                    }
                }
            }

            // A word the index does not know weighs as much as one found in a single passage.
            result.Add(new ExpandedTerm(text, known, states, Idf(Math.Max(bestDf, 1), docCount), Fuzzy: true));
        }

        return result;
    }

    private static float Idf(int df, int docCount) => (float)Math.Log(1 + ((docCount - df + 0.5) / (df + 0.5)));

    /// <summary>
    /// One clause per question term: the best of its forms and fields (a term counts once however many
    /// spellings match), plus a clause per pair of neighbouring question words.
    /// A form absent from the speaker or section field gets no sub-clause there: it could not score, and a term left
    /// with one clause is a plain term query, which Lucene scores much faster than a disjunction. Clauses of common
    /// words and pairs are set apart (<see cref="WithCommonTerms"/>).
    /// </summary>
    private BooleanQuery BuildQuery(TermStatisticsLookup lookup, IReadOnlyList<ExpandedTerm> expanded, IReadOnlyList<string> pairs, int commonCutoff)
    {
        var distinctive = new BooleanQuery(disableCoord: true);
        var common = new List<Query>();
        void Place(Query clause, int docFreq)
        {
            if (docFreq > commonCutoff)
            {
                common.Add(clause);
            }
            else
            {
                distinctive.Add(clause, Occur.SHOULD);
            }
        }

        var clauses = new List<Query>();
        foreach (var term in expanded)
        {
            if (term.Variants.Count == 0)
            {
                continue;
            }

            var boost = term.Fuzzy ? _tuning.FuzzyBoost : 1f;
            clauses.Clear();
            for (var i = 0; i < term.Variants.Count; i++)
            {
                var variant = term.Variants[i];
                clauses.Add(new TermQuery(new Term(PassageFields.Text, variant), term.States[i]) { Boost = boost });
                AddIfPresent(clauses, lookup, PassageFields.SpeakerText, variant, boost * _tuning.SpeakerBoost);
                AddIfPresent(clauses, lookup, PassageFields.SectionText, variant, boost * _tuning.SectionBoost);
            }

            Place(clauses.Count == 1 ? clauses[0] : BestOf(clauses), term.States.Max(s => s.DocFreq));
        }

        if (_tuning.PairBoost > 0)
        {
            foreach (var pair in pairs)
            {
                var states = lookup.Find(PassageFields.Pairs, pair);
                if (states.DocFreq > 0)
                {
                    Place(new TermQuery(new Term(PassageFields.Pairs, pair), states) { Boost = _tuning.PairBoost }, states.DocFreq);
                }
            }
        }

        return WithCommonTerms(distinctive, common);
    }

    /// <summary>One term's forms and fields: the best of them counts, the others a little (tie-breaker 0.1).</summary>
    private static DisjunctionMaxQuery BestOf(List<Query> clauses)
    {
        var best = new DisjunctionMaxQuery(0.1f);
        clauses.ForEach(best.Add);
        return best;
    }

    /// <summary>
    /// Passages must contain a distinctive word (or pair) when the question has one; common words then only add to
    /// the scores of those passages, which Lucene computes by skipping through their long posting lists. The scores
    /// of the passages kept are exactly those of one flat disjunction: coordination is off and BM25 has no query norm.
    /// </summary>
    private static BooleanQuery WithCommonTerms(BooleanQuery distinctive, List<Query> common)
    {
        if (common.Count == 0)
        {
            return distinctive;
        }

        var query = new BooleanQuery(disableCoord: true);
        if (distinctive.Clauses.Count > 0)
        {
            query.Add(distinctive, Occur.MUST);
        }

        foreach (var clause in common)
        {
            query.Add(clause, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Document frequency above which a word is common in an index of <paramref name="passages"/> passages.</summary>
    private int CommonTermCutoff(int passages) =>
        passages < _tuning.CommonTermMinPassages
            ? int.MaxValue
            : (int)(passages * _tuning.CommonTermShare);

    private static void AddIfPresent(List<Query> clauses, TermStatisticsLookup lookup, string field, string text, float boost)
    {
        if (boost > 0 && Present(lookup, field, text) is { } query)
        {
            query.Boost = boost;
            clauses.Add(query);
        }
    }

    /// <summary>A term query carrying the statistics already looked up, or null when no passage has the term in this field.</summary>
    private static TermQuery? Present(TermStatisticsLookup lookup, string field, string text)
    {
        var states = lookup.Find(field, text);
        return states.DocFreq == 0 ? null : new TermQuery(new Term(field, text), states);
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
                new TextField(PassageFields.Pairs, p.Text, Field.Store.NO),
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

    private sealed record ExpandedTerm(string Text, IReadOnlyList<string> Variants, IReadOnlyList<TermContext> States, float Weight, bool Fuzzy);

    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }
}
