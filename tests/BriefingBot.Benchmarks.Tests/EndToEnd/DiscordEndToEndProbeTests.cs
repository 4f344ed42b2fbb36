using BriefingBot.Benchmarks.EndToEnd;

namespace BriefingBot.Benchmarks.Tests.EndToEnd;

/// <summary>The probe drives the real bot through the fake Discord Gateway and REST server; nothing here is about speed.</summary>
public sealed class DiscordEndToEndProbeTests
{
    /// <remarks>
    /// As many questions as a benchmark run (a second or two): only with that many do dispatches queue up at the fake
    /// gateway often enough to show one delivered out of sequence order, which the client drops as a replay.
    /// </remarks>
    [Fact]
    public async Task Discord_probe_gets_a_reply_to_every_question_it_asks_and_stops_at_the_question_bound()
    {
        var settings = new EndToEndSettings(["ماذا قال بولياكوف؟", "ما موقف موسكو من بيونغ يانغ؟"], TimeSpan.FromMinutes(1), MaxQuestions: 300, IndexPath: string.Empty);

        var result = await new DiscordEndToEndProbe().MeasureAsync(settings, CancellationToken.None);

        Assert.Equal("Discord", result.Adapter);
        Assert.Equal(300, result.Questions);
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
