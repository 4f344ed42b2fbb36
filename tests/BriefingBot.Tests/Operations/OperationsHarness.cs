using System.Globalization;
using BriefingBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Tests.Operations;

/// <summary>
/// The real bot host (<see cref="BotHost"/>) with its HTTP listener on a loopback port and the real Discord adapter
/// talking to the fake Discord server, over the real index of the shipped corpus in a workspace of its own.
/// </summary>
internal sealed class OperationsHarness : IAsyncDisposable
{
    public const string BotId = "42";
    public const string ChannelId = "100";
    public const string GuildId = "200";

    private readonly BotWorkspace _workspace;
    private long _sequence = 1;

    private OperationsHarness(FakeDiscordServer server, IHost host, BotWorkspace workspace)
    {
        Server = server;
        Host = host;
        _workspace = workspace;
        Http = new HttpClient { BaseAddress = host.Services.GetRequiredService<OperationsListener>().ListeningOn, Timeout = TestTimeouts.Default };
    }

    public FakeDiscordServer Server { get; }

    public IHost Host { get; }

    public HttpClient Http { get; }

    public static async Task<OperationsHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        var workspace = new BotWorkspace("briefingbot-host-tests-");
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "MTIz.secret-bot-token.XyZ",
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
            ["Discord:ReconnectInitialDelay"] = "00:00:00.020",
            ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
            ["Discord:IdentifyInterval"] = "00:00:00",
            ["Discord:CloseTimeout"] = "00:00:00.500",
            ["Discord:ShutdownGrace"] = "00:00:02",
            ["BriefingBot:Http:ListenUrl"] = "http://127.0.0.1:0",
            ["Telegram:Token"] = null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var host = TestBotHost.Build(workspace, configuration, new CapturingLoggerProvider(), minimumLevel: LogLevel.Warning);
        await host.StartAsync();
        return new OperationsHarness(server, host, workspace);
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public async Task<FakeGatewayConnection> ConnectAsync(string sessionId = "session-1")
    {
        var connection = await Server.NextConnectionAsync(TestTimeouts.Default);
        await connection.WaitForOpAsync(2);
        await connection.SendReadyAsync(sessionId, NextSequence());
        return connection;
    }

    public Task SendMentionAsync(FakeGatewayConnection connection, string messageId, string text) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", NextSequence(), new
        {
            id = messageId,
            channel_id = ChannelId,
            guild_id = GuildId,
            author = new { id = "7", username = "reader", bot = false },
            content = $"<@{BotId}> {text}",
            mentions = new[] { new { id = BotId, username = "briefing-bot", bot = true } },
            attachments = Array.Empty<object>(),
        });

    public async Task<int> StatusOfAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return (int)response.StatusCode;
    }

    public async Task<string> BodyOfAsync(string path)
    {
        using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Waits until the endpoint answers with the status; the body of that answer.</summary>
    public Task<string> WaitForStatusAsync(string path, int status) =>
        Eventually.ValueAsync(
            async () =>
            {
                using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                return (int)response.StatusCode == status ? body : null;
            },
            string.Create(CultureInfo.InvariantCulture, $"{path} to answer {status}"));

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        using (var stop = new CancellationTokenSource(TestTimeouts.Default))
        {
            try
            {
                await Host.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        Host.Dispose();
        await Server.DisposeAsync();
        _workspace.Dispose();
    }
}
