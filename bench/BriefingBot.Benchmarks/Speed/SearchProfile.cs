using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// Where <see cref="PassageIndex.Search"/> spends its time, by running the core's own search parts one at a time on the
/// same reader, composed as the index composes them (<see cref="PassageIndex.Parts"/>): term lookup with typo expansion
/// and concept stand-ins, the word search (the first pass, best 50), word pairs and the speaker and section fields
/// rescoring its hits, tie ranking, the verb families, concepts and kind of answer asked for rescoring them, loading the hits, and the one
/// analysis per hit that gives coverage and highlights. For comparison, the word search with the speaker and section terms as sub-clauses of every term
/// (as before they rescored), and what a CommonTermsQuery would cost.
/// </summary>
public static class SearchProfile
{
    private const string Text = "text";

    /// <summary>As the answerer: top 3 and one more, fetched twice over to see ties across the cut.</summary>
    private const int Shown = 4;

    /// <summary>Frequent terms (in more than this share of passages) only score passages matched by a rarer term.</summary>
    public const float CommonTermsCutoff = 0.01f;

    public static SearchProfileResult Run(PassageIndex index, IndexReader reader, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var parts = index.Parts;
        var tuning = parts.Tuning;
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(tuning.K1, tuning.B) };
        var expander = parts.Expander;
        var builder = parts.Queries;
        var pairs = parts.Pairs;
        var depth = Math.Max(Shown * 2, tuning.RescoreDepth);
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var commonTerms = new List<double>();
        long postings = 0;
        var fuzzyTerms = 0;
        foreach (var q in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzed = index.Analyze(QuestionText.Clean(q));
            var t0 = ThreadCpuClock.NowMs();
            var lookup = new TermStatisticsLookup(reader.Context);
            var ties = new TieOrder(reader);
            var expanded = expander.Expand(reader, lookup, analyzed.QueryTerms);
            Add(samples, "term lookup and typo expansion", Since(t0));
            fuzzyTerms += expanded.Count(e => e.Fuzzy);
            postings += expanded.Sum(e => e.States.Sum(s => (long)s.DocFreq));
            var built = builder.Build(lookup, expanded, reader.NumDocs);
            if (built.Words.Clauses.Count == 0)
            {
                continue;
            }

            t0 = ThreadCpuClock.NowMs();
            var top = searcher.Search(built.Words, null, depth);
            Add(samples, "word search (best 50, common words split)", Since(t0));

            if (built.Fields is { } fields)
            {
                t0 = ThreadCpuClock.NowMs();
                searcher.Search(SubClauses(built.Words, fields), null, depth);
                Add(samples, "for comparison: speaker/section terms in the word search", Since(t0));
            }

            t0 = ThreadCpuClock.NowMs();
            var scored = pairs.Rescore(searcher, lookup, top.ScoreDocs, pairs.Pairs(lookup, analyzed.Pairs, reader.NumDocs), ties);
            Add(samples, "word pairs at the best 50 (positions)", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            scored = built.Fields is null ? scored : HitRescoring.Rescore(searcher, scored, built.Fields, 1f, ties);
            Add(samples, "speaker/section rescoring the best 50", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            var ranked = ties.Rank(scored).Take(Shown).ToList();
            Add(samples, "rank ties (doc values)", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            var families = parts.Families.Families(reader, lookup, analyzed);
            var standIns = parts.Families.Rescore(searcher, lookup, scored, families, ties);
            Add(samples, "verb families at the best 50", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            var reordered = parts.Concepts.Query(lookup, analyzed) is { } concepts ? parts.Concepts.Rescore(searcher, standIns, concepts, ties) : standIns;
            Add(samples, "concepts at the best 50", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            if (parts.AnswerKinds.Markers(analyzed.Text) is { } markers)
            {
                reordered = parts.AnswerKinds.Rescore(searcher, reordered, markers, ties);
            }

            ranked = ties.Rank(reordered).Take(Shown).ToList();
            Add(samples, "answer kind at the best 50", Since(t0));

            t0 = ThreadCpuClock.NowMs();
            var texts = ranked.Select(d => searcher.Doc(d.Doc).Get(Text)).ToList();
            Add(samples, "load stored hits", Since(t0));

            var variantsOfAll = expanded.SelectMany(e => e.Variants).ToList();
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
            searcher.Search(common, Shown * 2);
            commonTerms.Add(Since(t0));
        }

        var steps = samples.Select(s => Stage(s.Key, s.Value)).ToList();
        return new SearchProfileResult(
            steps,
            LatencyStats.From(commonTerms),
            queries.Count == 0 ? 0 : postings / (double)queries.Count,
            fuzzyTerms);
    }

    /// <summary>Which steps add up to the search stage: all but the comparison.</summary>
    public static bool IsPartOfSearch(string step) => !step.Contains("for comparison", StringComparison.Ordinal);

    /// <summary>The word search with the speaker/section query joined to it, roughly what every term's sub-clauses cost before.</summary>
    private static BooleanQuery SubClauses(BooleanQuery words, Query fields) =>
        new(disableCoord: true) { { words, Occur.SHOULD }, { fields, Occur.SHOULD } };

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
