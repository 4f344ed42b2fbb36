using System.Globalization;
using System.Text.Json;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Library;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Benchmarks.EndToEnd;

/// <summary>
/// The real bot (host, chat core, Discord adapter with the real Gateway v10 and REST client) against the Discord
/// client tests' fake server over loopback. Questions are the most common way members ask in a server: a message
/// mentioning the bot in a text channel (MESSAGE_CREATE), answered by a reply posted to that channel. Every question
/// comes from a new member in a new channel, so neither the per-user question limit nor Discord's per-channel REST
/// bucket (the client sends one request at a time per bucket) bounds the figure; the per-minute question limit and
/// the client's global REST limit are raised. Latency runs from the fake gateway sending the dispatch to the reply's
/// <c>POST /channels/{id}/messages</c> reaching the fake server.
/// The bot answers from the shipped corpus (the seed briefing), so <see cref="EndToEndSettings.IndexPath"/> is not used.
/// </summary>
public sealed class DiscordEndToEndProbe : IEndToEndProbe
{
    private const long FirstUserId = 700_000;
    private const long FirstChannelId = 800_000;
    private const long FirstMessageId = 900_000;

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    public string Adapter => "Discord";

    public async Task<EndToEndResult> MeasureAsync(EndToEndSettings settings, CancellationToken cancellationToken)
    {
        await using var server = await FakeDiscordServer.StartAsync().ConfigureAwait(false);
        await using var bot = await DiscordBotHarness.StartAsync(server, BenchmarkConfiguration(), cancellationToken).ConfigureAwait(false);
        using var replies = new ChannelReplies(server);

        var questions = EndToEndRun.AnswerableQuestions(bot.Services.GetRequiredService<BriefingLibrary>(), bot.Services.GetRequiredService<QuestionAnswerer>(), settings.Questions);

        // Untimed warm-up: JIT, the first REST connection and the index reader.
        await AskAsync(bot, replies, -1, questions[0], cancellationToken).ConfigureAwait(false);

        return await EndToEndRun.MeasureAsync(Adapter, settings, (i, ct) => AskAsync(bot, replies, i, questions[i % questions.Count], ct), cancellationToken).ConfigureAwait(false);
    }

    private static Dictionary<string, string?> BenchmarkConfiguration() => new()
    {
        ["Chat:QuestionsPerMinute"] = "100000",
        ["Discord:GlobalRequestsPerSecond"] = "100000",
    };

    /// <summary>Member <paramref name="n"/> mentions the bot in channel <paramref name="n"/>; returns milliseconds until the bot's reply reached the server.</summary>
    private static async Task<double> AskAsync(DiscordBotHarness bot, ChannelReplies replies, int n, string question, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var channelId = Snowflake(FirstChannelId, n);
        var messageId = Snowflake(FirstMessageId, n);
        var reply = replies.Expect(channelId);
        try
        {
            var asked = await bot.SendMentionAsync(channelId, Snowflake(FirstUserId, n), messageId, question, cancellationToken).ConfigureAwait(false);
            var posted = await reply.WaitAsync(ReplyTimeout, cancellationToken).ConfigureAwait(false);
            EnsureRepliesTo(posted, messageId);
            return (posted.ReceivedAt - asked).TotalMilliseconds;
        }
        catch (TimeoutException)
        {
            var warnings = bot.Logs.Logs.TakeLast(5).ToList();
            var problems = warnings.Count == 0 ? " none." : Environment.NewLine + string.Join(Environment.NewLine, warnings);
            throw new TimeoutException($"The Discord bot did not answer message {messageId} within {ReplyTimeout.TotalSeconds} s. Its last warnings:{problems}");
        }
        finally
        {
            replies.Forget(channelId);
        }
    }

    /// <summary>A figure is only worth something if it timed the reply to this question, not some other post.</summary>
    private static void EnsureRepliesTo(RecordedRequest posted, string messageId)
    {
        using var body = JsonDocument.Parse(posted.Body);
        if (!body.RootElement.TryGetProperty("message_reference", out var reference) || reference.GetProperty("message_id").GetString() != messageId)
        {
            throw new InvalidOperationException($"The first post in the question's channel does not reply to message {messageId}.");
        }
    }

    private static string Snowflake(long first, int n) => (first + n + 1).ToString(CultureInfo.InvariantCulture);
}
