using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram;

/// <summary>
/// What the bot does in either mode around serving updates: learn who it is (getMe), publish its command menu
/// beside serving, and contain every failure so that it stops the Telegram bot only, never the host.
/// </summary>
internal sealed partial class TelegramBotSetup(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    IOptions<TelegramOptions> options,
    SecretRedactor redactor,
    ServingPlatforms platforms,
    ILogger<TelegramBotSetup> logger)
{
    /// <summary>
    /// Runs the Telegram bot until <paramref name="stoppingToken"/> fires or the bot cannot go on: identifies it,
    /// publishes the menu beside it and runs <paramref name="serve"/> (polling or the webhook). Never throws: a
    /// rejected token or an unexpected failure is logged and ends this bot only, so the other platforms keep serving.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task> serve, CancellationToken stoppingToken)
    {
        try
        {
            await IdentifyAsync(stoppingToken).ConfigureAwait(false);
            using var stopMenu = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var menu = PublishCommandsAsync(stopMenu.Token);
            try
            {
                await serve(stoppingToken).ConfigureAwait(false);
            }
            finally
            {
                await stopMenu.CancelAsync().ConfigureAwait(false);
                await menu.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (TelegramTokenRejectedException ex)
        {
            LogRefused(ex.Message);
            platforms.Stopped(TelegramServiceCollectionExtensions.PlatformName, ex.Message);
        }
        catch (Exception ex)
        {
            LogFailed(redactor.Describe(ex));
            platforms.Stopped(TelegramServiceCollectionExtensions.PlatformName, "unexpected failure: " + redactor.Redact(ex.Message));
        }
    }

    /// <summary>Learns who the bot is, retrying until Telegram answers. Throws <see cref="TelegramTokenRejectedException"/> when it never will.</summary>
    public async Task IdentifyAsync(CancellationToken cancellationToken)
    {
        var me = await RetryForeverAsync(ct => bot.GetMe(ct), "getMe", cancellationToken).ConfigureAwait(false);
        identity.Set(me);
        LogConnected(me.Username ?? me.FirstName, me.Id);
    }

    /// <summary>
    /// The command menu: Arabic by default and for Arabic clients, English for English clients. Runs beside the
    /// bot rather than before it: the menu is a convenience, so an outage retries it with back-off while the bot
    /// already answers, and a refusal is logged, never fatal. Completes when done, refused or cancelled; never throws.
    /// </summary>
    public async Task PublishCommandsAsync(CancellationToken cancellationToken)
    {
        (string? LanguageCode, ChatLanguage Language)[] menus = [(null, ChatLanguage.Arabic), ("ar", ChatLanguage.Arabic), ("en", ChatLanguage.English)];
        foreach (var (languageCode, language) in menus)
        {
            var commands = ChatTexts.For(language).MenuCommands.Select(c => new BotCommand(c.Command, c.Description)).ToArray();
            try
            {
                await RetryForeverAsync(
                    ct => bot.SetMyCommands(commands, languageCode: languageCode, cancellationToken: ct),
                    "setMyCommands",
                    cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogCommandsFailed(languageCode ?? "default", redactor.Redact(ex.Message));
            }
        }
    }

    /// <inheritdoc cref="RetryForeverAsync{T}"/>
    internal Task RetryForeverAsync(Func<CancellationToken, Task> call, string method, CancellationToken cancellationToken) =>
        RetryForeverAsync(
            async ct =>
            {
                await call(ct).ConfigureAwait(false);
                return true;
            },
            method,
            cancellationToken);

    /// <summary>
    /// Retries a start-up call with back-off until Telegram answers. Only the caller's own cancellation ends it
    /// early: a timed-out request also surfaces as a cancellation and is retried like any outage. A rejected
    /// token (401, or 404 which Telegram returns for a malformed one) is fatal: retrying cannot fix configuration.
    /// Other refusals (a 400) are thrown as they are.
    /// </summary>
    internal async Task<T> RetryForeverAsync<T>(Func<CancellationToken, Task<T>> call, string method, CancellationToken cancellationToken)
    {
        var limits = options.Value.Limits;
        var backoff = limits.RetryBackoff().Start();
        while (true)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                throw new TelegramTokenRejectedException(ex.ErrorCode);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && TelegramSendQueue.RetryDelay(ex, backoff) is { } delay)
            {
                LogStartRetry(method, delay.TotalSeconds, redactor.Redact(ex.Message));
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: connected as @{Username} ({BotId})")]
    private partial void LogConnected(string username, long botId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: setMyCommands ({Language}) failed, the bot answers without that menu: {Error}")]
    private partial void LogCommandsFailed(string language, string error);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram bot stopped: {Reason}")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram bot stopped after an unexpected failure: {Error}")]
    private partial void LogFailed(string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: {Method} failed, retrying in {DelaySeconds:F1} s: {Error}")]
    private partial void LogStartRetry(string method, double delaySeconds, string error);
}

/// <summary>Telegram refused the bot token: configuration is wrong and no retry can fix it.</summary>
public sealed class TelegramTokenRejectedException(int errorCode)
    : Exception($"Telegram rejected the bot token ({errorCode}). Check Telegram__Token.")
{
    public int ErrorCode { get; } = errorCode;
}
