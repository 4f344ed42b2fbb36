using BriefingBot.Benchmarks.Speed;

namespace BriefingBot.Benchmarks.Tests.Speed;

public sealed class LatencyStatsTests
{
    [Fact]
    public void Percentiles_are_nearest_rank_over_the_samples()
    {
        var samples = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList();

        var stats = LatencyStats.From(samples);

        Assert.Equal(50, stats.P50Ms);
        Assert.Equal(95, stats.P95Ms);
        Assert.Equal(99, stats.P99Ms);
        Assert.Equal(100, stats.MaxMs);
        Assert.Equal(50.5, stats.MeanMs, precision: 6);
    }

    [Fact]
    public void No_samples_give_zeroes_rather_than_an_error()
    {
        Assert.Equal(new LatencyStats(0, 0, 0, 0, 0), LatencyStats.From([]));
    }

    [Fact]
    public void Sizes_accept_separators_and_spaces()
    {
        Assert.Equal([1000, 100000, 1000000], RunCommand.ParseSizes("1_000, 100000,1_000_000"));
    }
}
