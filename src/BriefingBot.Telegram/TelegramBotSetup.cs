using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram;

/// <summary>What the bot does once at start in either mode: learn who it is (getMe) and publish its command menu.</summary>
public sealed partial class TelegramBotSetup(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    IOptions<TelegramOptions> options,
    SecretRedactor redactor,
    ILogger<TelegramBotSetup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var me = await RetryForeverAsync(ct => bot.GetMe(ct), "getMe", cancellationToken).ConfigureAwait(false);
        identity.Set(me);
        LogConnected(me.Username ?? me.FirstName, me.Id);
        await PublishCommandsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The command menu: Arabic by default and for Arabic clients, English for English clients.</summary>
    private async Task PublishCommandsAsync(CancellationToken cancellationToken)
    {
        (string? LanguageCode, ChatLanguage Language)[] menus = [(null, ChatLanguage.Arabic), ("ar", ChatLanguage.Arabic), ("en", ChatLanguage.English)];
        foreach (var (languageCode, language) in menus)
        {
            var commands = ChatTexts.For(language).MenuCommands.Select(c => new BotCommand(c.Command, c.Description)).ToArray();
            try
            {
                await TelegramSendQueue.WithRetriesAsync(
                    ct => bot.SetMyCommands(commands, languageCode: languageCode, cancellationToken: ct).ContinueWith(_ => true, ct, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default),
                    options.Value.Limits,
                    redactor,
                    logger,
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The menu is a convenience; the bot answers without it.
                LogCommandsFailed(languageCode ?? "default", redactor.Redact(ex.Message));
            }
        }
    }

    /// <summary>
    /// Retries a start-up call until Telegram is reachable. A rejected token (401, or 404 which Telegram returns
    /// for a malformed one) is fatal: retrying cannot fix configuration.
    /// </summary>
    internal async Task<T> RetryForeverAsync<T>(Func<CancellationToken, Task<T>> call, string method, CancellationToken cancellationToken)
    {
        var limits = options.Value.Limits;
        var backoff = limits.InitialBackoff;
        while (true)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                throw new InvalidOperationException($"Telegram rejected the bot token ({ex.ErrorCode}). Check Telegram__Token.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException && TelegramSendQueue.RetryDelay(ex, ref backoff, limits) is { } delay)
            {
                LogStartRetry(method, delay.TotalSeconds, redactor.Redact(ex.Message));
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: connected as @{Username} ({BotId})")]
    private partial void LogConnected(string username, long botId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: setMyCommands ({Language}) failed: {Error}")]
    private partial void LogCommandsFailed(string language, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: {Method} failed, retrying in {DelaySeconds:F1} s: {Error}")]
    private partial void LogStartRetry(string method, double delaySeconds, string error);
}
