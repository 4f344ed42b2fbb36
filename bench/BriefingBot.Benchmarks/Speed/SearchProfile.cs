using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// Where <see cref="PassageIndex.Search"/> spends its time, by re-doing its steps one at a time with Lucene directly:
/// term lookup, typo expansion (with the core's <see cref="SearchTuning"/> bounds), the query (text only, then with the
/// speaker/section sub-clauses, then with the <c>pairs</c> clauses, to show what each adds), tie ranking, loading the
/// hits, and the one analysis per hit that gives coverage and highlights. Plus what a CommonTermsQuery would cost.
/// An approximation written against the core's query building: if that changes, the sum here stops matching the
/// measured search stage, which the report shows side by side.
/// </summary>
public static class SearchProfile
{
    private const string Text = "text";
    private const string SpeakerText = "speaker_text";
    private const string SectionText = "section_text";
    private const string Pairs = "pairs";

    /// <summary>As the answerer: top 3 and one more, fetched twice over to see ties across the cut.</summary>
    private const int Fetch = 8;

    private const int Shown = 4;
    private const int CoverageDepth = 3;

    /// <summary>Frequent terms (in more than this share of passages) only score passages matched by a rarer term.</summary>
    public const float CommonTermsCutoff = 0.01f;

    public static SearchProfileResult Run(PassageIndex index, IndexReader reader, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var tuning = SearchTuning.Default;
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(tuning.K1, tuning.B) };
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var commonTerms = new List<double>();
        long postings = 0;
        var fuzzyTerms = 0;
        foreach (var q in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzed = index.Analyze(QuestionText.Clean(q));
            var terms = new List<List<string>>();
            double lookupMs = 0, expansionMs = 0;
            var corrected = 0;
            foreach (var queryTerm in analyzed.QueryTerms)
            {
                var started = ThreadCpuClock.NowMs();
                var known = queryTerm.Forms.Where(f => reader.DocFreq(new Term(Text, f)) > 0).ToList();
                lookupMs += Since(started);
                if (known.Count > 0)
                {
                    terms.Add(known);
                    postings += known.Sum(f => reader.DocFreq(new Term(Text, f)));
                    continue;
                }

                var text = queryTerm.Primary;
                if (text.Length < tuning.MinFuzzyLength || text.Length > tuning.MaxFuzzyLength || corrected++ >= tuning.MaxFuzzyTerms)
                {
                    continue;
                }

                fuzzyTerms++;
                started = ThreadCpuClock.NowMs();
                var variants = new List<string>();
                var fuzzy = new FuzzyQuery(new Term(Text, text), text.Length >= tuning.MinTwoEditLength ? 2 : 1, prefixLength: 2, maxExpansions: tuning.MaxFuzzyExpansions, transpositions: true);
                if (fuzzy.Rewrite(reader) is BooleanQuery rewritten)
                {
                    foreach (var clause in rewritten.Clauses)
                    {
                        if (clause.Query is TermQuery tq)
                        {
                            variants.Add(tq.Term.Text);
                            postings += reader.DocFreq(tq.Term);
                        }
                    }
                }

                expansionMs += Since(started);
                if (variants.Count > 0)
                {
                    terms.Add(variants);
                }
            }

            Add(samples, "term lookup (docFreq)", lookupMs);
            Add(samples, "typo expansion (FuzzyQuery rewrite)", expansionMs);
            if (terms.Count == 0)
            {
                continue;
            }

            var t0 = ThreadCpuClock.NowMs();
            searcher.Search(Query(terms, [], tuning, withFields: false), null, Fetch);
            Add(samples, "query: text only (DisMax of forms)", Since(t0));
            t0 = ThreadCpuClock.NowMs();
            searcher.Search(Query(terms, [], tuning, withFields: true), null, Fetch);
            Add(samples, "query: + speaker/section sub-clauses", Since(t0));
            t0 = ThreadCpuClock.NowMs();
            var top = searcher.Search(Query(terms, analyzed.Pairs, tuning, withFields: true), null, Fetch);
            Add(samples, "query: + pairs (as the product)", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            var dates = MultiDocValues.GetNumericValues(reader, "date_days");
            var ordinals = MultiDocValues.GetNumericValues(reader, "ordinal");
            var ranked = top.ScoreDocs.OrderByDescending(h => h.Score).ThenByDescending(h => dates?.Get(h.Doc) ?? 0).ThenBy(h => ordinals?.Get(h.Doc) ?? 0).Take(Shown).ToList();
            Add(samples, "rank ties (doc values)", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            var texts = ranked.Select(d => searcher.Doc(d.Doc).Get(Text)).ToList();
            Add(samples, "load stored hits", Since(t0));

            var variantsOfAll = terms.SelectMany(t => t).ToList();
            t0 = ThreadCpuClock.NowMs();
            for (var i = 0; i < texts.Count; i++)
            {
                index.Highlight(texts[i], variantsOfAll);
            }

            Add(samples, "analyse hits (coverage + highlights)", Since(t0));

            var common = new CommonTermsQuery(Occur.SHOULD, Occur.SHOULD, CommonTermsCutoff);
            foreach (var v in variantsOfAll)
            {
                common.Add(new Term(Text, v));
            }

            t0 = ThreadCpuClock.NowMs();
            searcher.Search(common, Fetch);
            commonTerms.Add(Since(t0));
        }

        var steps = samples.Select(s => Stage(s.Key, s.Value)).ToList();
        return new SearchProfileResult(
            steps,
            LatencyStats.From(commonTerms),
            queries.Count == 0 ? 0 : postings / (double)queries.Count,
            fuzzyTerms);
    }

    /// <summary>
    /// Which steps add up to the search stage: the product's query only (the text-only and speaker/section rows are
    /// the same query with parts left out, to show what each part costs).
    /// </summary>
    public static bool IsPartOfSearch(string step) =>
        !step.Contains("text only", StringComparison.Ordinal) && !step.Contains("speaker/section", StringComparison.Ordinal);

    private static BooleanQuery Query(List<List<string>> terms, IReadOnlyList<string> pairs, SearchTuning tuning, bool withFields)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var forms in terms)
        {
            var perTerm = new DisjunctionMaxQuery(0.1f);
            foreach (var form in forms)
            {
                perTerm.Add(new TermQuery(new Term(Text, form)));
                if (withFields)
                {
                    perTerm.Add(new TermQuery(new Term(SpeakerText, form)) { Boost = tuning.SpeakerBoost });
                    perTerm.Add(new TermQuery(new Term(SectionText, form)) { Boost = tuning.SectionBoost });
                }
            }

            query.Add(perTerm, Occur.SHOULD);
        }

        foreach (var pair in pairs)
        {
            query.Add(new TermQuery(new Term(Pairs, pair)) { Boost = tuning.PairBoost }, Occur.SHOULD);
        }

        return query;
    }

    private static void Add(Dictionary<string, List<double>> samples, string step, double ms)
    {
        if (!samples.TryGetValue(step, out var list))
        {
            samples[step] = list = [];
        }

        list.Add(ms);
    }

    private static StageTiming Stage(string name, List<double> samples)
    {
        var stats = LatencyStats.From(samples);
        return new StageTiming("search ▸ " + name, stats.MeanMs, stats.P99Ms);
    }

    /// <summary>Thread CPU time: on a shared machine wall time of sub-millisecond steps is mostly other processes.</summary>
    private static double Since(double started) => ThreadCpuClock.NowMs() - started;
}

/// <summary>The search stage split into steps, a CommonTermsQuery for comparison, and the postings a question touches.</summary>
public sealed record SearchProfileResult(IReadOnlyList<StageTiming> Steps, LatencyStats CommonTermsQuery, double MeanPostingsPerQuestion, int FuzzyTerms);
