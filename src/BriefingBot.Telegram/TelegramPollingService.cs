using BriefingBot.Adapters;
using BriefingBot.Core.Operations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Long polling: fetches updates, answers each batch (chats in parallel, each chat in order), then moves the
/// offset past what was answered and persists it. Errors never end the loop: 429 waits <c>retry_after</c>,
/// 409 (a webhook or another instance) and network failures back off. On shutdown, replies already being
/// answered get <see cref="TelegramOptions.ShutdownGrace"/> to go out.
/// </summary>
internal sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramBotSetup setup,
    TelegramBotIdentity identity,
    TelegramUpdateHandler handler,
    UpdateOffsetStore offsets,
    TelegramUpdateReader reader,
    IOptions<TelegramOptions> options,
    SecretRedactor redactor,
    PlatformConnectivity connectivity,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const int BatchSize = 100;

    // Edits of questions are answered by editing the answer (TelegramEditedQuestions).
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => setup.RunAsync(PollAsync, stoppingToken);

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        // getUpdates refuses to work while a webhook is set (409): polling mode removes it.
        await setup.RetryForeverAsync(ct => bot.DeleteWebhook(dropPendingUpdates: false, ct), "deleteWebhook", stoppingToken).ConfigureAwait(false);

        var offset = await offsets.LoadAsync(identity.Id, stoppingToken).ConfigureAwait(false);
        LogPolling(offset);
        var settings = options.Value;
        var backoff = settings.Limits.RetryBackoff().Start();

        using var drain = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() => drain.CancelAfter(settings.ShutdownGrace));
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            int? highestId = null;
            try
            {
                try
                {
                    updates = await bot.GetUpdates(offset, BatchSize, settings.PollingTimeoutSeconds, AllowedUpdates, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (TelegramUpdateReader.IsUnreadable(ex) && !stoppingToken.IsCancellationRequested)
                {
                    // One unreadable update fails the whole batch: take it apart so the others are answered.
                    LogBatchUnreadable(offset, redactor.Redact(ex.Message));
                    (updates, highestId) = await reader.FetchOneByOneAsync(offset, BatchSize, AllowedUpdates.Select(ToWireName), stoppingToken).ConfigureAwait(false);
                }

                backoff.Reset();
                connectivity.Connected(TelegramMessageTranslator.Platform);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                connectivity.Disconnected(TelegramMessageTranslator.Platform, "the bot token was rejected (401)");
                throw new TelegramTokenRejectedException(ex.ErrorCode);
            }
            catch (Exception ex)
            {
                var delay = ex is ApiRequestException { ErrorCode: 409 }
                    ? backoff.Next()
                    : TelegramSendQueue.RetryDelay(ex, backoff) ?? backoff.Next();
                LogPollFailed(delay.TotalSeconds, redactor.Redact(ex.Message));
                connectivity.Disconnected(TelegramMessageTranslator.Platform, ex is ApiRequestException api ? $"getUpdates failed ({api.ErrorCode})" : $"getUpdates failed ({ex.GetType().Name})");
                await DelayAsync(delay, stoppingToken).ConfigureAwait(false);
                continue;
            }

            var next = updates.Length == 0 ? null : await HandleBatchAsync(updates, drain.Token).ConfigureAwait(false);
            if (highestId is { } highest && (updates.Length == 0 || next > updates.Max(u => u.Id)))
            {
                // Every readable update was answered: move past the unreadable ones too.
                next = Math.Max(next ?? 0, highest + 1);
            }

            if (next is { } value)
            {
                offset = value;
                try
                {
                    await offsets.SaveAsync(identity.Id, value, CancellationToken.None).ConfigureAwait(false);
                }
                catch (IOException ex)
                {
                    // Telegram still learns the offset from the next getUpdates; only a crash right now could repeat answers.
                    LogOffsetNotSaved(ex.Message);
                }
            }
        }

        connectivity.Disconnected(TelegramMessageTranslator.Platform, "stopped");
        LogStopped();
    }

    /// <summary>
    /// Answers a batch and returns the offset to continue from: past every update answered, or, if shutdown
    /// cut the batch short, up to the first update not answered so the next run picks it up.
    /// </summary>
    private async Task<int?> HandleBatchAsync(Update[] updates, CancellationToken cancellationToken)
    {
        var done = new bool[updates.Length];
        var byChat = updates
            .Select((update, index) => (update, index))
            .GroupBy(x => ChatOf(x.update));
        var tasks = byChat.Select(async chat =>
        {
            foreach (var (update, index) in chat)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await handler.HandleAsync(update, cancellationToken).ConfigureAwait(false);
                done[index] = true;
            }
        });
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogBatchCut(done.Count(d => d), updates.Length);
        }

        var ordered = updates.Select((u, i) => (u.Id, Done: done[i])).OrderBy(x => x.Id).ToList();
        var firstPending = ordered.FindIndex(x => !x.Done);
        return firstPending switch
        {
            -1 => ordered[^1].Id + 1,
            0 => null,
            _ => ordered[firstPending].Id,
        };
    }

    private static string ToWireName(UpdateType type) => type switch
    {
        UpdateType.Message => "message",
        UpdateType.EditedMessage => "edited_message",
        UpdateType.CallbackQuery => "callback_query",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an update type the bot asks for."),
    };

    private static long ChatOf(Update update) =>
        update.Message?.Chat.Id ?? update.EditedMessage?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? 0;

    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the loop condition ends it.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: long polling from offset {Offset}")]
    private partial void LogPolling(int? offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: getUpdates failed, retrying in {DelaySeconds:F1} s: {Error}")]
    private partial void LogPollFailed(double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: the batch at offset {Offset} could not be read as a whole; reading it update by update: {Error}")]
    private partial void LogBatchUnreadable(int? offset, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: shutdown cut a batch short, {Done} of {Total} updates answered; the rest are answered after restart")]
    private partial void LogBatchCut(int done, int total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: the update offset could not be saved: {Error}")]
    private partial void LogOffsetNotSaved(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: polling stopped")]
    private partial void LogStopped();
}
