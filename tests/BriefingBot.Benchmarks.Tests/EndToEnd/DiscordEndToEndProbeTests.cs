using BriefingBot.Benchmarks.EndToEnd;

namespace BriefingBot.Benchmarks.Tests.EndToEnd;

/// <summary>The probe drives the real bot through the fake Discord Gateway and REST server; nothing here is about speed.</summary>
public sealed class DiscordEndToEndProbeTests
{
    /// <remarks>More questions than askers, so dispatches queue up at the fake gateway as in a real run.</remarks>
    [Fact]
    public async Task Discord_probe_gets_a_reply_to_every_question_it_asks_and_stops_at_the_question_bound()
    {
        var settings = new EndToEndSettings(["ماذا قال بولياكوف؟", "ما موقف موسكو من بيونغ يانغ؟"], TimeSpan.FromMinutes(1), MaxQuestions: 40, IndexPath: string.Empty);

        var result = await new DiscordEndToEndProbe().MeasureAsync(settings, CancellationToken.None);

        Assert.Equal("Discord", result.Adapter);
        Assert.Equal(40, result.Questions);
        Assert.True(result.QuestionsPerSecond > 0);
        Assert.InRange(result.P50Ms, 0, result.P99Ms);
    }

    [Fact]
    public async Task Discord_probe_stops_at_the_time_bound_before_the_question_bound()
    {
        var settings = new EndToEndSettings(["ماذا قال بولياكوف؟"], TimeSpan.Zero, MaxQuestions: 1_000, IndexPath: string.Empty);

        var result = await new DiscordEndToEndProbe().MeasureAsync(settings, CancellationToken.None);

        Assert.Equal(0, result.Questions);
    }
}
