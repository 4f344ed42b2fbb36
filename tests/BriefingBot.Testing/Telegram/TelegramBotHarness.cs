using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// Runs the real bot (<see cref="BotHost"/>'s registrations: chat core over the real index, Telegram adapter with the
/// real Telegram.Bot client) against the fake Bot API, over a workspace that outlives one run so restarts can be tested.
/// </summary>
public sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private TelegramBotHarness(IHost host, CapturingLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturingLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    /// <param name="waitForIndex">
    /// Most tests ask about the briefings, so they start once the index is built; false starts the bot as the service
    /// does, which connects while its index is (re)built in the background.
    /// </param>
    public static async Task<TelegramBotHarness> StartAsync(FakeBotApi api, BotWorkspace workspace, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, bool waitForIndex = true)
    {
        ArgumentNullException.ThrowIfNull(api);
        var configuration = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:BaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:PollingTimeoutSeconds"] = "10",
            ["Telegram:Limits:InitialBackoff"] = "00:00:00.200",
            ["Telegram:Limits:MaxBackoff"] = "00:00:01",
            ["Discord:Token"] = null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var host = TestBotHost.Build(workspace, configuration, logs, configure, Microsoft.Extensions.Logging.LogLevel.Debug);

        if (waitForIndex)
        {
            await host.Services.GetRequiredService<BriefingBot.Core.Library.BriefingLibrary>().InitializeAsync(CancellationToken.None);
        }

        await host.StartAsync();
        return new TelegramBotHarness(host, logs);
    }

    public async Task StopAsync() => await _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
