using System.Collections.Concurrent;
using BriefingBot.Core;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// Runs the real bot (host, DI, chat core over the real index, Telegram adapter with the real Telegram.Bot
/// client) against the fake Bot API, in a temporary data directory that outlives one run so restarts can be tested.
/// </summary>
public sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly IHost _host;

    private TelegramBotHarness(IHost host, CapturedLogs logs)
    {
        _host = host;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<TelegramBotHarness> StartAsync(FakeBotApi api, BotWorkspace workspace, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = workspace.Root, DisableDefaults = true });
        var configuration = new Dictionary<string, string?>
        {
            ["BriefingBot:DataDirectory"] = workspace.DataDirectory,
            ["BriefingBot:CorpusDirectory"] = workspace.CorpusDirectory,
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:BaseUrl"] = api.BaseUrl.ToString(),
            ["Telegram:PollingTimeoutSeconds"] = "10",
            ["Telegram:Limits:InitialBackoff"] = "00:00:00.200",
            ["Telegram:Limits:MaxBackoff"] = "00:00:01",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddChatCore(builder.Configuration);
        builder.Services.AddTelegramAdapter(builder.Configuration);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
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

/// <summary>A temporary directory with the shipped corpus (plus any test briefings) and a data directory.</summary>
public sealed class BotWorkspace : IDisposable
{
    public BotWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefingbot-tg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(CorpusDirectory);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "corpus")))
        {
            File.Copy(file, Path.Combine(CorpusDirectory, Path.GetFileName(file)));
        }
    }

    public string Root { get; }

    public string CorpusDirectory => Path.Combine(Root, "corpus");

    public string DataDirectory => Path.Combine(Root, "data");

    public void AddBriefing(string fileName, string text) => File.WriteAllText(Path.Combine(CorpusDirectory, fileName), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a stopping process; the temp directory is cleaned eventually anyway.
        }
    }
}

/// <summary>Every log line the bot wrote, with exceptions, so tests can check what leaves the process.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
