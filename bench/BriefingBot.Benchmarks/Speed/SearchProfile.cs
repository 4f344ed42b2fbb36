using System.Diagnostics;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// Where <see cref="PassageIndex.Search"/> spends its time, by re-doing its steps one at a time with Lucene directly
/// (term lookup, typo expansion, the three-field sorted query, loading the hits, highlighting, the coverage check),
/// plus what a CommonTermsQuery would save. An approximation written against the core as of this harness: if the core's
/// query building changes, the sum here stops matching the measured search stage, which the report shows side by side.
/// </summary>
public static class SearchProfile
{
    private const string Text = "text";
    private const string SpeakerText = "speaker_text";
    private const string SectionText = "section_text";
    private const int Take = 4;
    private const int FuzzyExpansions = 4;

    /// <summary>Frequent terms (in more than this share of passages) only score passages matched by a rarer term.</summary>
    public const float CommonTermsCutoff = 0.01f;

    public static SearchProfileResult Run(PassageIndex index, IndexReader reader, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity(1.2f, 0.75f) };
        var sort = new Sort(SortField.FIELD_SCORE, new SortField("date_days", SortFieldType.INT32, true), new SortField("ordinal", SortFieldType.INT32));
        var lookup = new List<double>();
        var expansion = new List<double>();
        var query = new List<double>();
        var load = new List<double>();
        var highlight = new List<double>();
        var coverage = new List<double>();
        var commonTerms = new List<double>();
        long postings = 0;
        var fuzzyTerms = 0;
        foreach (var q in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analyzed = index.Analyze(QuestionText.Clean(q));
            var variants = new List<string>();
            double lookupMs = 0, expansionMs = 0;
            foreach (var t in analyzed.Terms)
            {
                var term = new Term(Text, t);
                var started = Stopwatch.GetTimestamp();
                var df = reader.DocFreq(term);
                lookupMs += Since(started);
                if (df > 0)
                {
                    variants.Add(t);
                    postings += df;
                    continue;
                }

                if (t.Length < 4)
                {
                    continue;
                }

                fuzzyTerms++;
                started = Stopwatch.GetTimestamp();
                var fuzzy = new FuzzyQuery(term, t.Length >= 7 ? 2 : 1, prefixLength: 1, maxExpansions: FuzzyExpansions, transpositions: true);
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
            }

            lookup.Add(lookupMs);
            expansion.Add(expansionMs);
            if (variants.Count == 0)
            {
                continue;
            }

            var fields = new BooleanQuery(disableCoord: true);
            var common = new CommonTermsQuery(Occur.SHOULD, Occur.SHOULD, CommonTermsCutoff);
            foreach (var v in variants)
            {
                fields.Add(
                    new DisjunctionMaxQuery(0.1f)
                    {
                        new TermQuery(new Term(Text, v)),
                        new TermQuery(new Term(SpeakerText, v)) { Boost = 0.5f },
                        new TermQuery(new Term(SectionText, v)) { Boost = 0.3f },
                    },
                    Occur.SHOULD);
                common.Add(new Term(Text, v));
            }

            var t0 = Stopwatch.GetTimestamp();
            var top = searcher.Search(fields, null, Take, sort, doDocScores: true, doMaxScore: false);
            query.Add(Since(t0));
            t0 = Stopwatch.GetTimestamp();
            var texts = top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(Text)).ToList();
            load.Add(Since(t0));
            t0 = Stopwatch.GetTimestamp();
            foreach (var text in texts)
            {
                index.Highlight(text, variants);
            }

            highlight.Add(Since(t0));
            t0 = Stopwatch.GetTimestamp();
            if (texts.Count > 0)
            {
                index.Analyze(texts[0]);
            }

            coverage.Add(Since(t0));
            t0 = Stopwatch.GetTimestamp();
            searcher.Search(common, Take);
            commonTerms.Add(Since(t0));
        }

        return new SearchProfileResult(
            [
                Stage("term lookup (docFreq)", lookup),
                Stage("typo expansion (FuzzyQuery rewrite)", expansion),
                Stage("query: 3 fields, DisMax, sorted", query),
                Stage("load stored hits", load),
                Stage("highlight hits", highlight),
                Stage("coverage (re-analyse best hit)", coverage),
            ],
            LatencyStats.From(commonTerms),
            queries.Count == 0 ? 0 : postings / (double)queries.Count,
            fuzzyTerms);
    }

    private static StageTiming Stage(string name, List<double> samples)
    {
        var stats = LatencyStats.From(samples);
        return new StageTiming("search ▸ " + name, stats.MeanMs, stats.P99Ms);
    }

    private static double Since(long started) => Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}

/// <summary>The search stage split into steps, a CommonTermsQuery for comparison, and the postings a question touches.</summary>
public sealed record SearchProfileResult(IReadOnlyList<StageTiming> Steps, LatencyStats CommonTermsQuery, double MeanPostingsPerQuestion, int FuzzyTerms);
