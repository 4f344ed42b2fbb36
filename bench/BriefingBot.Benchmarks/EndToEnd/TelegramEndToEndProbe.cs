using System.Globalization;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Library;
using BriefingBot.Testing;
using BriefingBot.Testing.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks.EndToEnd;

/// <summary>
/// The real bot (host, chat core, Telegram adapter with the real Telegram.Bot client) long-polling the Telegram
/// tests' fake Bot API over loopback. Questions come from many private chats so Telegram's 1 message/s per chat
/// flood limit does not bound the figure; the per-minute question limit and the adapter's send limits are raised.
/// Latency runs from the update being queued at the fake server to the reply's sendMessage reaching it.
/// The bot answers from the shipped corpus (the seed briefing), so <see cref="EndToEndSettings.IndexPath"/> is not used.
/// </summary>
public sealed class TelegramEndToEndProbe : IEndToEndProbe
{
    private const int FirstUserId = 700_000;

    public string Adapter => "Telegram";

    public async Task<EndToEndResult> MeasureAsync(EndToEndSettings settings, CancellationToken cancellationToken)
    {
        using var workspace = new BotWorkspace();
        await using var api = await FakeBotApi.StartAsync().ConfigureAwait(false);
        await using var bot = await TelegramBotHarness.StartAsync(api, workspace, BenchmarkConfiguration()).ConfigureAwait(false);

        var questions = EndToEndRun.AnswerableQuestions(bot.Services.GetRequiredService<BriefingLibrary>(), bot.Services.GetRequiredService<QuestionAnswerer>(), settings.Questions);

        // Untimed warm-up: JIT, the first getUpdates round trip and the index reader.
        await AskAsync(api, new FakeUser(FirstUserId - 1, "warm-up"), questions[0], cancellationToken).ConfigureAwait(false);

        return await EndToEndRun.MeasureAsync(
            Adapter,
            settings,
            (i, ct) => AskAsync(api, new FakeUser(FirstUserId + i, "سائل " + i.ToString(CultureInfo.InvariantCulture)), questions[i % questions.Count], ct),
            cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string?> BenchmarkConfiguration() => new()
    {
        ["Chat:QuestionsPerMinute"] = "100000",
        ["Telegram:PollingTimeoutSeconds"] = "10",
        ["Telegram:Limits:PerChatPerSecond"] = "1000",
        ["Telegram:Limits:PerGroupPerMinute"] = "100000",
        ["Telegram:Limits:OverallPerSecond"] = "100000",
    };

    /// <summary>One user asks in a fresh private chat; returns milliseconds until the bot's reply reached the server.</summary>
    private static async Task<double> AskAsync(FakeBotApi api, FakeUser user, string question, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var chat = FakeChat.Private(user);
        var asked = DateTimeOffset.UtcNow;
        var messageId = api.SendText(chat, user, question);
        var reply = await api.WaitForMessageAsync(m => m.ChatId == chat.Id && m.ReplyToMessageId == messageId, TimeSpan.FromSeconds(60)).ConfigureAwait(false);
        return (reply.At - asked).TotalMilliseconds;
    }
}
