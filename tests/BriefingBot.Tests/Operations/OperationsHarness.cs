using System.Globalization;
using BriefingBot.Operations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests.Operations;

/// <summary>
/// The test kit's <see cref="AdapterHarness"/> (the real bot host, the real Discord adapter against the fake Discord
/// server, the real index) with the host's HTTP listener on a loopback port, and a client for it.
/// </summary>
internal sealed class OperationsHarness : IAsyncDisposable
{
    public const string BotId = AdapterHarness.BotId;
    public const string ChannelId = AdapterHarness.ChannelId;
    public const string GuildId = AdapterHarness.GuildId;

    private readonly AdapterHarness _bot;

    private OperationsHarness(AdapterHarness bot)
    {
        _bot = bot;
        Http = new HttpClient { BaseAddress = bot.Host.Services.GetRequiredService<OperationsListener>().ListeningOn, Timeout = TestTimeouts.Default };
    }

    public FakeDiscordServer Server => _bot.Server;

    public IHost Host => _bot.Host;

    public HttpClient Http { get; }

    public static async Task<OperationsHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?> { ["BriefingBot:Http:ListenUrl"] = "http://127.0.0.1:0" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        return new OperationsHarness(await AdapterHarness.StartAsync(configuration));
    }

    public long NextSequence() => _bot.NextSequence();

    public Task<FakeGatewayConnection> ConnectAsync(string sessionId = "session-1") => _bot.ConnectAsync(sessionId);

    public Task SendMentionAsync(FakeGatewayConnection connection, string messageId, string text) =>
        _bot.SendMentionAsync(connection, messageId, text);

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
        await _bot.DisposeAsync();
    }
}
