using System.Globalization;
using BriefingBot.Discord.Client.Tests.Fakes;
using BriefingBot.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests.Operations;

/// <summary>
/// The real bot host (<see cref="BotHost"/>) with its HTTP listener on a loopback port and the real Discord adapter
/// talking to the fake Discord server, over the real index of the shipped corpus in a temporary data directory.
/// </summary>
internal sealed class OperationsHarness : IAsyncDisposable
{
    public const string BotId = "42";
    public const string ChannelId = "100";
    public const string GuildId = "200";

    private readonly string _directory;
    private long _sequence = 1;

    private OperationsHarness(FakeDiscordServer server, IHost host, string directory)
    {
        Server = server;
        Host = host;
        _directory = directory;
        Http = new HttpClient { BaseAddress = host.Services.GetRequiredService<OperationsListener>().ListeningOn, Timeout = TestTimeouts.Default };
    }

    public FakeDiscordServer Server { get; }

    public IHost Host { get; }

    public HttpClient Http { get; }

    public static async Task<OperationsHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        var directory = HostProcess.NewTempDirectory();
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = "MTIz.secret-bot-token.XyZ",
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
            ["Discord:ReconnectInitialDelay"] = "00:00:00.020",
            ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
            ["Discord:IdentifyInterval"] = "00:00:00",
            ["Discord:CloseTimeout"] = "00:00:00.500",
            ["Discord:ShutdownGrace"] = "00:00:02",
            ["BriefingBot:DataDirectory"] = Path.Combine(directory, "data"),
            ["BriefingBot:Http:ListenUrl"] = "http://127.0.0.1:0",
            ["Telegram:Token"] = null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var builder = BotHost.CreateBuilder(quiet: true);
        builder.Configuration.AddInMemoryCollection(configuration);
        Assert.True(BotHost.AddChatPlatforms(builder));
        var host = builder.Build();
        await host.StartAsync();
        return new OperationsHarness(server, host, directory);
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

    /// <summary>Polls until the endpoint answers with the status; the body of the last answer.</summary>
    public async Task<string> WaitForStatusAsync(string path, int status)
    {
        var deadline = DateTime.UtcNow + TestTimeouts.Default;
        while (true)
        {
            using var response = await Http.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode == status)
            {
                return body;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"{path} still answers {(int)response.StatusCode}: {body}"));
            }

            await Task.Delay(20);
        }
    }

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
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Lucene may still hold a file; the temp directory is cleaned by the OS.
        }
    }
}
