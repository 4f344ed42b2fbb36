using System.Globalization;

namespace BriefingBot.Benchmarks.Report;

/// <summary>One target of the issue checked against a run: met, missed, or not measured (size not run).</summary>
public sealed record TargetCheck(string Target, string Measured, bool? Met);

/// <summary>The targets for this 2-core machine.</summary>
public static class Targets
{
    public static IReadOnlyList<TargetCheck> Check(BenchmarkReport report)
    {
        SpeedRow? At(int size) => report.Speed.FirstOrDefault(r => r.Size == size);
        var k100 = At(100_000);
        var m1 = At(1_000_000);
        var checks = new List<TargetCheck>
        {
            Upper("full pipeline p99 ≤ 5 ms at 100k (wall)", k100?.Measurement.FullPipeline.P99Ms, 5, "ms"),
            Upper("full pipeline p99 ≤ 5 ms at 100k (CPU)", k100?.Measurement.FullPipelineCpu.P99Ms, 5, "ms"),
            Upper("full pipeline p99 ≤ 25 ms at 1M (wall)", m1?.Measurement.FullPipeline.P99Ms, 25, "ms"),
            Upper("full pipeline p99 ≤ 25 ms at 1M (CPU)", m1?.Measurement.FullPipelineCpu.P99Ms, 25, "ms"),
            Lower("≥ 1,000 questions/s at 100k (full pipeline, 2 threads, measured)", k100?.Measurement.FullPipelineQps2Threads, 1000, "q/s"),
            Lower("≥ 1,000 questions/s at 100k (capacity of 2 dedicated cores from CPU time)", k100 is null ? null : ResultsMarkdown.Capacity(k100.Measurement), 1000, "q/s"),
            Upper("new briefing searchable ≤ 200 ms after stored, 100k (p50)", k100?.Measurement.BriefingToSearchable.P50Ms, 200, "ms"),
            Upper("cold start ≤ 2 s at 100k (process start → first answer, p50)", k100?.ColdStart.ProcessToFirstAnswer.P50Ms, 2000, "ms"),
            Upper("peak RSS ≤ 400 MB at 1M (serving, the default `IndexFiles=Auto`)", m1 is null ? null : m1.Measurement.ServingMemory.PeakRssBytes / 1048576.0, 400, "MB"),
            Upper("peak RSS ≤ 400 MB at 1M (serving, `IndexFiles=Read`)", m1 is null ? null : m1.ReadIndexFiles.ServingMemory.PeakRssBytes / 1048576.0, 400, "MB"),
            Upper("full pipeline p99 ≤ 25 ms at 1M (wall, `IndexFiles=Read`)", m1?.ReadIndexFiles.FullPipeline.P99Ms, 25, "ms"),
        };
        foreach (var row in report.Speed)
        {
            var ratio = ResultsMarkdown.Ratio(row.Measurement.FullPipelineCpu, row.Measurement.PlainBm25Cpu);
            checks.Add(Upper($"full pipeline ≤ 2× plain BM25 (mean CPU time) at {ResultsMarkdown.Size(row.Size)}", ratio, 2, "×"));
        }

        return checks;
    }

    private static TargetCheck Upper(string target, double? measured, double limit, string unit) =>
        new(target, Format(measured, unit), measured is null ? null : measured <= limit);

    private static TargetCheck Lower(string target, double? measured, double limit, string unit) =>
        new(target, Format(measured, unit), measured is null ? null : measured >= limit);

    private static string Format(double? value, string unit) =>
        value is null ? "not measured" : string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {unit}");
}
