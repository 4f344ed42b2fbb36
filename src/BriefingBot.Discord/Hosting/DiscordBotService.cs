using BriefingBot.Adapters;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Discord.Client.Gateway;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Rest;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// The Discord bot: registers the slash commands, listens on the gateway and hands each message and interaction
/// to <see cref="DiscordEventHandler"/>. When Discord refuses the bot for good (bad token, disallowed intents) it
/// logs why, stops itself only and reports it to <see cref="ServingPlatforms"/>, which stops the host (exit code
/// 5) only when no other platform is left serving.
/// </summary>
internal sealed partial class DiscordBotService(
    DiscordGatewayClient gateway,
    CommandRegistrar registrar,
    DiscordEventHandler handler,
    DiscordEditedQuestions edits,
    DiscordBotIdentity identity,
    DiscordChannelDirectory channels,
    DiscordStatusReporter status,
    BriefingLibrary library,
    IEnumerable<IChatCommandHandler> commandHandlers,
    IOptions<AnsweringOptions> answering,
    IOptions<DiscordAdapterOptions> options,
    ServingPlatforms platforms,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    /// <summary>Completes when the bot has stopped, normally or because Discord refused it.</summary>
    public Task Stopped => ExecuteTask ?? Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await library.OpenAsync(stoppingToken).ConfigureAwait(false);

        using var replies = new InFlightReplies();
        using var reporting = status.Attach();
        using var channelTracking = channels.Attach(gateway);
        using var onReady = gateway.OnReady((ready, _) =>
        {
            identity.Set(ready.User.Id);
            LogReady(ready.User.Username, ready.User.Id);
            return Task.CompletedTask;
        });
        using var onMessage = gateway.OnMessageCreate((message, _) => Dispatch(replies, handler.Accept(message)));
        using var onUpdate = gateway.OnMessageUpdate((update, _) => Dispatch(replies, edits.Accept(update)));
        using var onInteraction = gateway.OnInteractionCreate((interaction, _) => Dispatch(replies, handler.Accept(interaction)));

        using var stopRegistering = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var registration = RegisterCommandsAsync(stopRegistering.Token);
        try
        {
            LogStarting();
            await gateway.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (DiscordGatewayClosedException ex)
        {
            LogRefused(ex.CloseCode, ex.Message);
            platforms.Stopped(DiscordAdapterServiceCollectionExtensions.PlatformName, $"refused with close code {ex.CloseCode}");
        }
        catch (DiscordRestException ex) when ((int)ex.StatusCode is 401 or 403)
        {
            LogRefused((int)ex.StatusCode, ex.Message);
            platforms.Stopped(DiscordAdapterServiceCollectionExtensions.PlatformName, $"refused with status {(int)ex.StatusCode}");
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            // A bug or an unexpected failure (a timed-out request is a cancellation nobody asked for): stop this
            // bot, never the host the other bots run in.
            LogFailed(ex);
            platforms.Stopped(DiscordAdapterServiceCollectionExtensions.PlatformName, "unexpected failure");
        }
        finally
        {
            await stopRegistering.CancelAsync().ConfigureAwait(false);
            await registration.ConfigureAwait(false);
            await replies.DrainAsync(options.Value.ShutdownGrace).ConfigureAwait(false);
            LogStopped();
        }
    }

    private static Task Dispatch(InFlightReplies replies, Func<CancellationToken, Task>? work)
    {
        if (work is not null)
        {
            replies.Start(work);
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs beside the gateway so the bot starts listening at once; a failure leaves the previous commands in place.</summary>
    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var commands = DiscordSlashCommands.Build(answering.Value.MaxQuestionLength, commandHandlers.SelectMany(h => h.Names));
            await registrar.RegisterAsync(commands, cancellationToken).ConfigureAwait(false);
            LogCommandsRegistered(commands.Count, string.Join(", ", commands.Select(c => "/" + c.Name)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogRegistrationFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord bot starting")]
    private partial void LogStarting();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord bot connected as {UserName} ({UserId})")]
    private partial void LogReady(string userName, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord slash commands registered ({Count}): {Commands}")]
    private partial void LogCommandsRegistered(int count, string commands);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord slash commands could not be registered; the previously registered ones stay in effect")]
    private partial void LogRegistrationFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord bot stopped: Discord refused it ({Code}). {Reason} Check Discord__Token and the bot's intents in the Developer Portal.")]
    private partial void LogRefused(int code, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Discord bot stopped after an unexpected failure")]
    private partial void LogFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord bot stopped")]
    private partial void LogStopped();
}
