using System.Diagnostics;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Core.Evaluation;

namespace BriefingBot.Benchmarks.Quality;

/// <summary>Retrieval quality of one retriever on one benchmark set.</summary>
public sealed record QualityRow(string Set, string Retriever, RetrievalMetrics Metrics, double Seconds);

/// <summary>The product's retrieval and the plain baseline on the same sets, in the same run.</summary>
public static class QualityBenchmark
{
    public const string Ours = "BriefingBot (PassageIndexRetriever)";
    public const string Baseline = "ArabicAnalyzer + BM25 (BaselineRetriever)";

    public static IReadOnlyList<QualityRow> Run(SharedBenchmarks shared, int? questionLimit, CancellationToken cancellationToken)
    {
        var sets = new (string Name, BenchmarkSet Set)[]
        {
            ("ARCD test", shared.ArcdTest),
            ("ARCD all", shared.ArcdAll),
            ("XQuAD-ar", shared.XquadAr),
        };
        var rows = new List<QualityRow>();
        foreach (var (name, set) in sets)
        {
            var limited = questionLimit is { } limit ? set with { Questions = set.Questions.Take(limit).ToList() } : set;
            rows.Add(Evaluate(name, Ours, new PassageIndexRetriever(), limited, cancellationToken));
            rows.Add(Evaluate(name, Baseline, new BaselineRetriever(), limited, cancellationToken));
        }

        return rows;
    }

    private static QualityRow Evaluate(string setName, string retrieverName, IRetriever retriever, BenchmarkSet set, CancellationToken cancellationToken)
    {
        using (retriever)
        {
            var started = Stopwatch.GetTimestamp();
            retriever.Index(set.Passages, includeTitle: false);
            var metrics = RetrievalEvaluator.Evaluate(retriever, set, cancellationToken);
            return new QualityRow(setName, retrieverName, metrics, Stopwatch.GetElapsedTime(started).TotalSeconds);
        }
    }
}
