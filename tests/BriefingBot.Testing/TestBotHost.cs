using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing;

/// <summary>
/// Builds the bot the way the service runs it: <see cref="BotHost.CreateBuilder"/> and <see cref="BotHost.AddChatPlatforms"/>
/// (core, chat core, library start-up, every configured platform), with test settings on top and every log line
/// captured. Harnesses start from here instead of wiring services by hand, so a registration the host gains is tested.
/// </summary>
public static class TestBotHost
{
    /// <summary>
    /// The host over <paramref name="workspace"/>: its corpus and data directories, then <paramref name="settings"/> (a
    /// null value removes a key, e.g. the other platform's token from the environment), then <paramref name="configure"/>
    /// for a test's own replacements. Logs at <paramref name="minimumLevel"/> and above go to <paramref name="logs"/> only.
    /// </summary>
    public static IHost Build(
        BotWorkspace workspace,
        IDictionary<string, string?> settings,
        CapturingLoggerProvider logs,
        Action<IServiceCollection>? configure = null,
        LogLevel minimumLevel = LogLevel.Trace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(settings);
        var builder = BotHost.CreateBuilder(quiet: true);
        var configuration = new Dictionary<string, string?>
        {
            ["BriefingBot:DataDirectory"] = workspace.DataDirectory,
            ["BriefingBot:CorpusDirectory"] = workspace.CorpusDirectory,
            // The warm-up runs as in production, on fewer questions: every test starts a host.
            ["Search:WarmUp:Questions"] = "8",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(minimumLevel);
        // A provider rule outranks the category levels of the host's appsettings.json, which are meant for the service.
        builder.Logging.AddFilter<CapturingLoggerProvider>(null, minimumLevel);
        builder.Logging.AddProvider(logs);
        if (!BotHost.AddChatPlatforms(builder))
        {
            throw new InvalidOperationException("The test settings configure no chat platform.");
        }

        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
