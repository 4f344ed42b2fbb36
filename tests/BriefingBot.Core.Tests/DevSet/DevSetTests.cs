using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The dev set as a test: on-topic questions must find their passages, off-topic ones must be declined.
/// Thresholds sit below what the tuned system reaches (see docs/search-quality.md) so that a real regression,
/// not noise, fails the build.
/// </summary>
public sealed class DevSetTests : IDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly PassageIndex _index;
    private readonly IReadOnlyList<DevQuestion> _questions = DevSet.Load();

    public DevSetTests(ITestOutputHelper output)
    {
        _output = output;
        _index = Indexes.Of(Seed.Parse());
    }

    public void Dispose() => _index.Dispose();

    private DevSetRun Run(string part, AnsweringOptions? options = null)
    {
        var answerer = Indexes.Answerer(_index, options, Seed.Parse());
        var run = DevSetRun.Of(answerer, _questions.Where(q => q.Part == part));
        _output.WriteLine(run.Summary(part));
        foreach (var miss in run.Misses(3))
        {
            _output.WriteLine("  miss: " + miss);
        }

        return run;
    }

    [Fact]
    public void The_dev_set_has_enough_questions_of_every_kind()
    {
        Assert.True(_questions.Count >= 60);
        Assert.True(_questions.Count(q => q.Decline) >= 15);
        Assert.True(_questions.Count(q => q.Part == "holdout") >= 20);
        Assert.All(_questions, q => Assert.True(q.Decline ^ (q.Expected is { Count: > 0 }), q.Id));
        Assert.Equal(_questions.Count, _questions.Select(q => q.Id).Distinct().Count());
    }

    [Fact]
    public void Tune_part_finds_the_expected_passages_and_declines_off_topic_questions()
    {
        var run = Run("tune");

        Assert.True(run.RecallAt(1) >= 0.85, run.Summary("tune"));
        Assert.True(run.RecallAt(3) >= 0.85, run.Summary("tune"));
        Assert.True(run.DeclineRate >= 0.90, run.Summary("tune"));
    }

    [Fact]
    public void Holdout_part_finds_the_expected_passages_and_declines_off_topic_questions()
    {
        var run = Run("holdout");

        Assert.True(run.RecallAt(3) >= 0.80, run.Summary("holdout"));
        Assert.True(run.DeclineRate >= 0.85, run.Summary("holdout"));
    }

    [Fact]
    public void The_configured_abstention_settings_are_the_best_of_the_sweep_on_the_tune_part()
    {
        var sweep = new AbstentionSweep(_index, _questions.Where(q => q.Part == "tune"));
        _output.WriteLine(sweep.Table());
        var defaults = new AnsweringOptions();

        var best = sweep.Best;
        _output.WriteLine($"best: threshold {best.Threshold}, unknown-word weight {best.UnknownWeight}");

        Assert.Equal(best.Threshold, defaults.MinCoverage, 6);
        Assert.Equal(best.UnknownWeight, defaults.UnknownTermWeight, 6);
    }
}
