using System.Collections.Concurrent;
using BriefingBot.Discord.Client;
using BriefingBot.Discord.Client.Gateway;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Client.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Testing.Discord;

/// <summary>A fake server plus a client wired to it with test-speed delays, and everything the client delivered.</summary>
public sealed class ClientHarness : IAsyncDisposable
{
    public const string Token = "MTIz.secret-bot-token.XyZ";

    private readonly HttpClient _http = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly ILoggerFactory _loggerFactory;

    private ClientHarness(FakeDiscordServer server, DiscordClientOptions options)
    {
        Server = server;
        Options = options;
        _loggerFactory = Logs.CreateFactory();
        Rest = new DiscordRestClient(_http, Microsoft.Extensions.Options.Options.Create(options), _loggerFactory.CreateLogger<DiscordRestClient>());
        Gateway = new DiscordGatewayClient(Microsoft.Extensions.Options.Options.Create(options), Rest, _loggerFactory.CreateLogger<DiscordGatewayClient>());
        Gateway.OnDispatch((d, _) => { Dispatches.Enqueue(d); return Task.CompletedTask; });
        Gateway.OnMessageCreate((m, _) => { Messages.Enqueue(m); return Task.CompletedTask; });
        Gateway.OnInteractionCreate((i, _) => { Interactions.Enqueue(i); return Task.CompletedTask; });
    }

    public FakeDiscordServer Server { get; }

    public DiscordClientOptions Options { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public DiscordRestClient Rest { get; }

    public DiscordGatewayClient Gateway { get; }

    public ConcurrentQueue<GatewayDispatch> Dispatches { get; } = new();

    public ConcurrentQueue<Message> Messages { get; } = new();

    public ConcurrentQueue<Interaction> Interactions { get; } = new();

    public Task? RunTask { get; private set; }

    public static async Task<ClientHarness> StartAsync(Action<DiscordClientOptions>? configure = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        var options = new DiscordClientOptions
        {
            Token = Token,
            ApiBaseUrl = server.ApiBaseUrl,
            ReconnectInitialDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(200),
            InvalidSessionMinDelay = TimeSpan.FromMilliseconds(50),
            InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(100),
            IdentifyInterval = TimeSpan.Zero,
            CloseTimeout = TimeSpan.FromMilliseconds(500),
            RestRetryBaseDelay = TimeSpan.FromMilliseconds(20),
        };
        configure?.Invoke(options);
        return new ClientHarness(server, options);
    }

    public void RunGateway() => RunTask = Gateway.RunAsync(_stop.Token);

    /// <summary>Starts the gateway and completes the handshake: returns the connection after READY was sent.</summary>
    public async Task<FakeGatewayConnection> RunUntilReadyAsync(string sessionId = "session-1")
    {
        RunGateway();
        var connection = await Server.NextConnectionAsync();
        await connection.WaitForOpAsync(2);
        await connection.SendReadyAsync(sessionId);
        await Eventually.TrueAsync(() => Dispatches.Any(d => d.Name == "READY"), "READY delivered");
        return connection;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (RunTask is not null)
        {
            await RunTask.WaitAsync(TestTimeouts.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (RunTask is not null)
        {
            try
            {
                await RunTask.WaitAsync(TestTimeouts.Default);
            }
            catch (Exception)
            {
                // Tests that expect a failure assert on it themselves.
            }
        }

        _stop.Dispose();
        _http.Dispose();
        _loggerFactory.Dispose();
        await Server.DisposeAsync();
    }
}
