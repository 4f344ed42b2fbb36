using System.CommandLine;
using System.Text;
using BriefingBot;
using BriefingBot.Adapters;
using BriefingBot.Cli;
using BriefingBot.Core.Configuration;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

Console.OutputEncoding = Encoding.UTF8;
Console.InputEncoding = Encoding.UTF8;

var root = new RootCommand("BriefingBot: answers questions about news briefings with passages quoted from them.")
{
    AskCommand.Create(),
    IndexCommand.Create(),
    EvalCommand.Create(),
    ChatCommand.Create(),
    BriefCommand.Create(),
    UnbriefCommand.Create(),
    BriefingsCommand.Create(),
    CommunitiesCommand.Create(),
    AssignCommand.Create(),
    IngestCommand.Create(),
    GapsCommand.Create(),
};
root.SetAction(async (_, cancellationToken) =>
{
    var builder = BotHost.CreateBuilder(quiet: false);
    var anyPlatform = BotHost.AddChatPlatforms(builder);
    using var host = builder.Build();
    if (InvalidConfiguration.Check(host.Services) is { } invalid)
    {
        host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BriefingBot").LogError("{Message}", invalid);
        return BotHost.ConfigurationExitCode;
    }

    if (!anyPlatform)
    {
        // Exiting (rather than idling) makes a missing token visible at once, in a terminal or in `docker logs`.
        host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BriefingBot").LogError("{Message}", BotHost.NoPlatformMessage);
        return BotHost.ConfigurationExitCode;
    }

    // Taken before running: a host that fails to start disposes its services.
    var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("BriefingBot");
    var platforms = host.Services.GetRequiredService<ServingPlatforms>();
    try
    {
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }
    catch (Exception e) when (e is LockObtainFailedException || e.InnerException is LockObtainFailedException)
    {
        // One process per data directory: a second bot (or a command-line brief) writing the same index would corrupt it.
        logger.LogError("{Message}", BotHost.IndexInUseMessage);
        return LibraryCommand.IndexInUse;
    }

    // Non-zero when every configured platform stopped for good (a refused token, say): a supervisor restarts or alerts.
    return platforms.ExitCode ?? 0;
});

// SIGTERM (docker stop) cancels the running command; the bot gets time to finish replies already on their way.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(30) };
return await root.Parse(args).InvokeAsync(invocation).ConfigureAwait(false);
