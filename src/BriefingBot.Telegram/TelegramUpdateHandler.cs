using System.Globalization;
using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram;

/// <summary>
/// Handles one update end to end: translate it, let the chat core answer, render the reply and send it
/// as a reply to the asker's message. One bad update is logged and dropped; it never stops the others.
/// </summary>
internal sealed partial class TelegramUpdateHandler(
    ITelegramBotClient bot,
    TelegramMessageTranslator translator,
    ChatEngine engine,
    TelegramSendQueue queue,
    TelegramHeldBackCourtesy courtesy,
    TelegramModerators moderators,
    TelegramEditedQuestions edits,
    SecretRedactor redactor,
    ILogger<TelegramUpdateHandler> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        try
        {
            if (update.EditedMessage is not null)
            {
                // An edit never posts an answer of its own: the core decides whether it replaces one.
                await edits.HandleAsync(update, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (update.CallbackQuery is { } query)
            {
                if (translator.Translate(update) is { } pressed && engine.Parse(pressed).Kind == ChatCommandKind.Vote)
                {
                    // A vote changes nothing in the chat: the core's acknowledgement is the press's answer (a toast).
                    var acknowledgement = await engine.HandleAsync(pressed, cancellationToken).ConfigureAwait(false);
                    await AnswerCallbackAsync(query, AcknowledgementText(acknowledgement), cancellationToken).ConfigureAwait(false);
                    return;
                }

                // Answer at once so the button stops spinning; the reply follows as a message.
                await AnswerCallbackAsync(query, null, cancellationToken).ConfigureAwait(false);
            }

            var message = translator.Translate(update);
            if (message is null)
            {
                return;
            }

            var chatId = long.Parse(message.ChatId, CultureInfo.InvariantCulture);
            var isGroup = message.ChatKind == ChatKind.Group;
            if (isGroup && message.Role == SenderRole.Member && engine.NeedsSenderRole(message)
                && await moderators.IsAdminAsync(chatId, long.Parse(message.UserId, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false))
            {
                // The core says when the role matters (a command, a post in a briefing chat): plain chatter never costs a lookup.
                message = message with { Role = SenderRole.Moderator };
            }

            if (engine.Parse(message).Kind == ChatCommandKind.None)
            {
                return;
            }

            // In a forum, "typing…", the answer and its pages stay in the topic the question (or the pressed button) is in,
            // also when the question was deleted meanwhile and the reply can no longer point at it.
            var topic = TopicOf(update);
            await SendTypingAsync(chatId, topic, cancellationToken).ConfigureAwait(false);
            var reply = await engine.HandleAsync(message, cancellationToken).ConfigureAwait(false);
            if (reply.IsEmpty)
            {
                return;
            }

            var replyTo = int.TryParse(message.MessageId, CultureInfo.InvariantCulture, out var id)
                ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true }
                : null;
            var sent = new List<string>();
            var whileHeldBack = WhileHeldBack(chatId, isGroup, topic, reply.Language, cancellationToken);
            foreach (var outgoing in TelegramReplyRenderer.Render(reply))
            {
                var posted = await queue.SendAsync(
                    chatId,
                    isGroup,
                    ct => bot.SendMessage(chatId, outgoing.Html, ParseMode.Html, replyTo, outgoing.Keyboard, NoPreview, messageThreadId: topic, cancellationToken: ct),
                    cancellationToken,
                    whileHeldBack).ConfigureAwait(false);
                sent.Add(posted.Id.ToString(CultureInfo.InvariantCulture));
            }

            // A member replying to any of these messages follows up this answer.
            engine.Delivered(message, reply, sent);
            if (update.CallbackQuery is { Message: { } pressedOn, Data: { } pressedData } && reply.Blocks.Any(b => b is PassageBlock))
            {
                await RemoveButtonAsync(chatId, isGroup, pressedOn, pressedData, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            LogUpdateFailed(update.Id, redactor.Describe(ex));
        }
    }

    /// <summary>
    /// While the group's send limits hold the answer back (a burst of questions), "typing…" stays on in the question's
    /// topic, and once an answer has waited long the chat hears, once per burst, that the answers are queued: the note
    /// goes ahead of the waiting answers (within the limits), in the language the answer is in.
    /// </summary>
    private Func<HeldBack, CancellationToken, Task> WhileHeldBack(long chatId, bool isGroup, int? topic, ChatLanguage language, CancellationToken requestToken) =>
        async (held, ct) =>
        {
            var (showTyping, sayQueued) = courtesy.Decide(chatId, topic, held.Waited);
            if (sayQueued)
            {
                // Not awaited: the note waits for its own turn at the gate, which this answer may take first.
                _ = SayQueuedAsync(chatId, isGroup, topic, language, requestToken);
            }

            if (showTyping)
            {
                await SendTypingAsync(chatId, topic, ct).ConfigureAwait(false);
            }
        };

    private async Task SayQueuedAsync(long chatId, bool isGroup, int? topic, ChatLanguage language, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendAheadAsync(
                chatId,
                isGroup,
                ct => bot.SendMessage(chatId, ChatTexts.For(language).AnswersQueued, messageThreadId: topic, linkPreviewOptions: NoPreview, cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
            LogSaidQueued(chatId);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogQueuedNoteFailed(redactor.Redact(ex.Message));
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }

    /// <summary>
    /// Takes the pressed «المزيد» off the message it was on once its page is posted (editMessageReplyMarkup), leaving
    /// the message's other buttons (the votes) as they are: only the newest page offers more.
    /// </summary>
    private async Task RemoveButtonAsync(long chatId, bool isGroup, Message pressedOn, string pressed, CancellationToken cancellationToken)
    {
        var rows = (pressedOn.ReplyMarkup?.InlineKeyboard ?? [])
            .Select(row => row.Where(b => b.CallbackData != pressed).ToArray())
            .Where(row => row.Length > 0)
            .ToArray();
        try
        {
            await queue.SendAsync(
                chatId,
                isGroup,
                ct => bot.EditMessageReplyMarkup(chatId, pressedOn.Id, rows.Length == 0 ? null : new InlineKeyboardMarkup(rows), cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The page is out; a button left behind is claimed already and posts nothing a second time.
            LogButtonRemovalFailed(redactor.Redact(ex.Message));
        }
    }

    private static string? AcknowledgementText(ChatReply reply) =>
        reply.IsAcknowledgement ? string.Join("\n", reply.Blocks.OfType<TextBlock>().Select(b => b.Text)) : null;

    private async Task AnswerCallbackAsync(CallbackQuery query, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await bot.AnswerCallbackQuery(query.Id, text, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // An old button press Telegram no longer accepts an answer for: the reply itself can still go out.
            LogCallbackAnswerFailed(redactor.Redact(ex.Message));
        }
    }

    /// <summary>The forum topic an update's message is in (Bot API: <c>message_thread_id</c> with <c>is_topic_message</c>); null for General or a chat without topics.</summary>
    private static int? TopicOf(Update update) =>
        (update.Message ?? update.CallbackQuery?.Message) is { IsTopicMessage: true, MessageThreadId: { } thread } ? thread : null;

    private async Task SendTypingAsync(long chatId, int? topic, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SendChatAction(chatId, ChatAction.Typing, topic, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Only a courtesy: the answer matters, not the indicator.
            LogTypingFailed(redactor.Redact(ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} could not be handled: {Error}")]
    private partial void LogUpdateFailed(int updateId, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "answerCallbackQuery failed: {Error}")]
    private partial void LogCallbackAnswerFailed(string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "editMessageReplyMarkup failed: {Error}")]
    private partial void LogButtonRemovalFailed(string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: chat {ChatId} told its answers are queued behind the send limits")]
    private partial void LogSaidQueued(long chatId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram: the queued note could not be sent: {Error}")]
    private partial void LogQueuedNoteFailed(string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "sendChatAction failed: {Error}")]
    private partial void LogTypingFailed(string error);
}
