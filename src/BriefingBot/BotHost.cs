using BriefingBot.Core;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Platforms;
using BriefingBot.Discord;
using BriefingBot.Operations;
using BriefingBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace BriefingBot;

/// <summary>Builds the one host every mode runs in, so the command line and the chat bots share the same core.</summary>
public static class BotHost
{
    /// <param name="quiet">Command-line modes keep standard output for answers: logs go to standard error, warnings only.</param>
    public static HostApplicationBuilder CreateBuilder(bool quiet)
    {
        // Arguments are parsed by the command line, not by configuration: "--json" is no configuration key.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ClearProviders();
        if (string.Equals(builder.Configuration["Logging:Console:FormatterName"], ConsoleFormatterNames.Json, StringComparison.OrdinalIgnoreCase))
        {
            // One JSON object per line for log shippers: UTC timestamps, the message template's fields as "State".
            builder.Logging.AddJsonConsole(o =>
            {
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                o.UseUtcTimestamp = true;
                o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            });
        }
        else
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
        }

        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (quiet)
        {
            // A provider rule outranks the category levels of appsettings.json, which are meant for the service.
            builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        }

        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddChatCore(builder.Configuration);
        return builder;
    }

    /// <summary>Every chat platform the bot can serve. A new platform is one more entry (docs/platforms.md).</summary>
    public static IReadOnlyList<IChatPlatform> Platforms { get; } = [new TelegramPlatform(), new DiscordPlatform()];

    /// <summary>The platforms whose configuration asks for them to run.</summary>
    public static IReadOnlyList<IChatPlatform> ConfiguredPlatforms(IConfiguration configuration) =>
        Platforms.Where(p => p.IsConfigured(configuration)).ToList();

    /// <summary>
    /// Adds what the long-running bot needs: the library start-up and every configured chat platform.
    /// Returns false when no platform is configured, so the caller can say what to set.
    /// </summary>
    public static bool AddChatPlatforms(HostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // First, so health and readiness answer while the library loads and the platforms connect.
        var http = AddOperationsListener(builder);
        builder.Services.AddHostedService<BriefingLibraryStartup>();
        var configured = ConfiguredPlatforms(builder.Configuration);
        foreach (var platform in configured)
        {
            if (http && platform is TelegramPlatform && !string.IsNullOrWhiteSpace(builder.Configuration["Telegram:Webhook:Url"]))
            {
                // One listener: the webhook route is served beside /healthz, /readyz and /metrics.
                builder.Services.AddSingleton(new TelegramWebhookListener(SharedWithHost: true));
                builder.Services.AddSingleton(new SharedHttpRoute((routes, sp) => TelegramServiceCollectionExtensions.MapTelegramWebhook(routes, sp)));
            }

            platform.AddServices(builder.Services, builder.Configuration);
        }

        return configured.Count > 0;
    }

    /// <summary>The exit code when configuration is missing (no platform) or a setting is not valid: fix it and start again.</summary>
    public const int ConfigurationExitCode = 2;

    /// <summary>What an operator is told when no platform is configured: each platform's own line.</summary>
    public static string NoPlatformMessage { get; } =
        "No chat platform is configured, so there is nothing to serve. Configure at least one in the environment, then " +
        "start again. " + string.Join(". ", Platforms.Select(p => p.HowToConfigure)) + ". To try the bot without any " +
        "token, run: dotnet run --project src/BriefingBot -- chat";

    /// <summary>Adds the HTTP listener when <c>BriefingBot:Http:ListenUrl</c> is set; returns whether it did.</summary>
    public static bool AddOperationsListener(HostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(HttpListenerOptions.Section);
        builder.Services.AddOptions<HttpListenerOptions>().Bind(section);
        if (string.IsNullOrWhiteSpace(section[nameof(HttpListenerOptions.ListenUrl)]))
        {
            return false;
        }

        builder.Services.TryAddSingleton<OperationsListener>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OperationsListener>());
        return true;
    }

    public const string IndexInUseMessage =
        "The index in this data directory (BriefingBot__DataDirectory) is in use by another BriefingBot process. " +
        "Only one process may serve a data directory: stop the other one, or give this one a directory of its own.";
}
