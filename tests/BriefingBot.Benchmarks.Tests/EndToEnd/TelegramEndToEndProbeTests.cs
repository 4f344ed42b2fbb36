using BriefingBot.Benchmarks.EndToEnd;

namespace BriefingBot.Benchmarks.Tests.EndToEnd;

/// <summary>The probe drives the real bot through the fake Bot API; nothing here is about speed.</summary>
public sealed class TelegramEndToEndProbeTests
{
    [Fact]
    public async Task Telegram_probe_gets_a_reply_to_every_question_it_asks_and_stops_at_the_question_bound()
    {
        var settings = new EndToEndSettings(["ماذا قال بولياكوف؟", "ما موقف موسكو من بيونغ يانغ؟"], TimeSpan.FromMinutes(1), MaxQuestions: 6, IndexPath: string.Empty);

        var result = await new TelegramEndToEndProbe().MeasureAsync(settings, CancellationToken.None);

        Assert.Equal("Telegram", result.Adapter);
        Assert.Equal(6, result.Questions);
        Assert.True(result.QuestionsPerSecond > 0);
        Assert.InRange(result.P50Ms, 0, result.P99Ms);
    }
}
