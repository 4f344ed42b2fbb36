using BriefingBot.Core;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Discord;
using BriefingBot.Discord.Client.Tests.Fakes;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks.EndToEnd;

/// <summary>
/// The real bot (host with the app's registrations, chat core over the real index, Discord adapter with the real
/// Gateway and REST client) connected to the Discord client tests' fake server, in a temporary directory holding
/// the shipped corpus. The tests' <c>AdapterHarness</c> asserts with xunit, so the benchmark has this one instead.
/// </summary>
internal sealed class DiscordBotHarness : IAsyncDisposable
{
    /// <summary>The bot user the fake gateway's READY names.</summary>
    public const string BotId = "42";

    public const string GuildId = "200";

    private const string Token = "MTIz.bench-bot-token.XyZ";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly IHost _host;
    private readonly DirectoryInfo _directory;
    private readonly SemaphoreSlim _dispatching = new(1, 1);

    // READY was sequence 1; guarded by _dispatching.
    private long _sequence = 1;

    private DiscordBotHarness(IHost host, FakeGatewayConnection gateway, CapturingLoggerProvider logs, DirectoryInfo directory)
    {
        _host = host;
        Gateway = gateway;
        Logs = logs;
        _directory = directory;
    }

    public IServiceProvider Services => _host.Services;

    /// <summary>Warnings and errors the bot logged: what to show when a reply never comes.</summary>
    public CapturingLoggerProvider Logs { get; }

    private FakeGatewayConnection Gateway { get; }

    /// <summary>Starts the bot the way <c>BotHost</c> does and completes its gateway handshake (HELLO, IDENTIFY, READY).</summary>
    public static async Task<DiscordBotHarness> StartAsync(FakeDiscordServer server, IDictionary<string, string?> settings, CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("briefingbot-bench-discord-");
        var corpus = directory.CreateSubdirectory("corpus");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.md"))
        {
            File.Copy(file, Path.Combine(corpus.FullName, Path.GetFileName(file)));
        }

        var configuration = new Dictionary<string, string?>
        {
            ["BriefingBot:DataDirectory"] = Path.Combine(directory.FullName, "data"),
            ["BriefingBot:CorpusDirectory"] = corpus.FullName,
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = directory.FullName, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(logs);
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddChatCore(builder.Configuration);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        var host = builder.Build();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(cancellationToken).ConfigureAwait(false);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);

        var gateway = await server.NextConnectionAsync(StartTimeout).ConfigureAwait(false);
        await gateway.WaitForOpAsync(2, timeout: StartTimeout).ConfigureAwait(false);
        await gateway.SendReadyAsync("bench-session", sequence: 1).ConfigureAwait(false);
        var identity = host.Services.GetRequiredService<DiscordBotIdentity>();
        await Eventually.TrueAsync(() => identity.UserId == BotId, "the bot to learn its id from READY", StartTimeout).ConfigureAwait(false);
        return new DiscordBotHarness(host, gateway, logs, directory);
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
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopping process; the temp directory is cleaned eventually anyway.
        }
    }
}
