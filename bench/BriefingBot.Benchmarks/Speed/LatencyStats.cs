namespace BriefingBot.Benchmarks.Speed;

/// <summary>Latency percentiles in milliseconds over a number of timed operations.</summary>
public sealed record LatencyStats(int Count, double MeanMs, double P50Ms, double P99Ms, double MaxMs)
{
    public double P95Ms { get; init; }

    public static LatencyStats From(IReadOnlyList<double> samplesMs)
    {
        if (samplesMs.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0);
        }

        var sorted = samplesMs.Order().ToArray();
        return new LatencyStats(sorted.Length, sorted.Average(), Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]) { P95Ms = Percentile(sorted, 0.95) };
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
