using BriefingBot.Discord.Translation;
using BriefingBot.Testing;
using BriefingBot.Testing.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks.EndToEnd;

/// <summary>
/// The real bot (host with the app's registrations, chat core over the real index, Discord adapter with the real
/// Gateway and REST client) connected to the test kit's fake Discord server, in a workspace holding the shipped corpus.
/// Unlike the tests' <c>AdapterHarness</c>, it keeps Discord's default timings and no test briefing, as a real deployment would.
/// </summary>
internal sealed class DiscordBotHarness : IAsyncDisposable
{
    /// <summary>The bot user the fake gateway's READY names.</summary>
    public const string BotId = "42";

    public const string GuildId = "200";

    private const string Token = "MTIz.bench-bot-token.XyZ";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly IHost _host;
    private readonly BotWorkspace _workspace;
    private readonly SemaphoreSlim _dispatching = new(1, 1);

    // READY was sequence 1; guarded by _dispatching.
    private long _sequence = 1;

    private DiscordBotHarness(IHost host, FakeGatewayConnection gateway, CapturingLoggerProvider logs, BotWorkspace workspace)
    {
        _host = host;
        Gateway = gateway;
        Logs = logs;
        _workspace = workspace;
    }

    public IServiceProvider Services => _host.Services;

    /// <summary>Warnings and errors the bot logged: what to show when a reply never comes.</summary>
    public CapturingLoggerProvider Logs { get; }

    private FakeGatewayConnection Gateway { get; }

    /// <summary>Starts the bot with <c>BotHost</c>'s registrations and completes its gateway handshake (HELLO, IDENTIFY, READY).</summary>
    public static async Task<DiscordBotHarness> StartAsync(FakeDiscordServer server, IDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var workspace = new BotWorkspace("briefingbot-bench-discord-");
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
            ["Telegram:Token"] = null,
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var host = TestBotHost.Build(workspace, configuration, logs, minimumLevel: LogLevel.Warning);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);

        var gateway = await server.NextConnectionAsync(StartTimeout).ConfigureAwait(false);
        await gateway.WaitForOpAsync(2, timeout: StartTimeout).ConfigureAwait(false);
        await gateway.SendReadyAsync("bench-session", sequence: 1).ConfigureAwait(false);
        await DiscordBotReadiness.WaitAsync(host.Services, BotId, StartTimeout).ConfigureAwait(false);
        return new DiscordBotHarness(host, gateway, logs, workspace);
    }

    /// <summary>
    /// A member mentions the bot in a guild text channel: the gateway dispatches MESSAGE_CREATE. Returns when the
    /// dispatch went out. Dispatches leave one at a time in sequence order, as Discord sends them: the client drops a
    /// sequence number lower than one it has already delivered as a replay.
    /// </summary>
    public async Task<DateTimeOffset> SendMentionAsync(string channelId, string userId, string messageId, string question, CancellationToken cancellationToken)
    {
        await _dispatching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sent = DateTimeOffset.UtcNow;
            await Gateway.SendDispatchAsync("MESSAGE_CREATE", ++_sequence, new
            {
                id = messageId,
                channel_id = channelId,
                guild_id = GuildId,
                author = new { id = userId, username = "reader-" + userId, bot = false },
                content = $"<@{BotId}> {question}",
                mentions = new[] { new { id = BotId, username = "briefing-bot", bot = true } },
                attachments = Array.Empty<object>(),
            }).ConfigureAwait(false);
            return sent;
        }
        finally
        {
            _dispatching.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            try
            {
                await _host.StopAsync(stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Replies still in flight after the grace period: the run is over anyway.
            }
        }

        _host.Dispose();
        _dispatching.Dispose();
        _workspace.Dispose();
    }
}
