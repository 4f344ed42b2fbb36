using System.Globalization;
using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// An <c>edited_message</c>: the core decides whether it replaces an answer (<see cref="ChatEngine.HandleEditAsync"/>), and
/// this carries it out with editMessageText on the bot's own messages, keyboard included, through the send queue. An answer
/// that now takes fewer messages deletes the rest; one that takes more posts them after, replying to the question (in its topic).
/// </summary>
internal sealed partial class TelegramEditedQuestions(
    ITelegramBotClient bot,
    TelegramMessageTranslator translator,
    ChatEngine engine,
    TelegramSendQueue queue,
    SecretRedactor redactor,
    ILogger<TelegramEditedQuestions> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.EditedMessage is not { } edited || translator.Translate(update) is not { } message)
        {
            return;
        }

        var replacement = await engine.HandleEditAsync(message, cancellationToken).ConfigureAwait(false);
        if (replacement is null)
        {
            return;
        }

        var chatId = edited.Chat.Id;
        var isGroup = message.ChatKind == ChatKind.Group;
        var topic = edited is { IsTopicMessage: true, MessageThreadId: { } thread } ? thread : (int?)null;
        var previous = replacement.MessageIds.Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToList();
        var rendered = TelegramReplyRenderer.Render(replacement.Reply);
        var sent = await ReplyParts.ReplaceAsync(
            previous,
            rendered,
            (id, outgoing, ct) => TryEditAsync(chatId, isGroup, id, outgoing, ct),
            async (outgoing, ct) =>
            {
                // More messages than before, or the earlier one was deleted meanwhile: post it, replying to the question.
                var posted = await queue.SendAsync(
                    chatId,
                    isGroup,
                    c => bot.SendMessage(chatId, outgoing.Html, ParseMode.Html, new ReplyParameters { MessageId = edited.Id, AllowSendingWithoutReply = true }, outgoing.Keyboard, NoPreview, messageThreadId: topic, cancellationToken: c),
                    ct).ConfigureAwait(false);
                return posted.Id;
            },
            (id, ct) => DeleteAsync(chatId, isGroup, id, ct),
            cancellationToken).ConfigureAwait(false);

        // Replies to these messages now follow up the new answer, and a further edit replaces them.
        engine.Delivered(message, replacement.Reply, sent.Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList());
    }

    /// <summary>Edits one of the bot's messages; false when it is gone (a moderator deleted it), so the caller posts instead.</summary>
    private async Task<bool> TryEditAsync(long chatId, bool isGroup, int messageId, TelegramOutgoingMessage outgoing, CancellationToken cancellationToken)
    {
        try
        {
            // Without reply_markup Telegram takes the keyboard off: a part that is no longer the last loses its buttons.
            await queue.SendAsync(
                chatId,
                isGroup,
                ct => bot.EditMessageText(chatId, messageId, outgoing.Html, ParseMode.Html, outgoing.Keyboard, NoPreview, cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The new answer reads exactly as the old one (the same refusal, say): the message already says it.
            return true;
        }
        catch (ApiRequestException ex) when (ex.ErrorCode == 400 && ex.Message.Contains("message to edit not found", StringComparison.OrdinalIgnoreCase))
        {
            LogEditedMessageGone(messageId);
            return false;
        }
    }

    private async Task DeleteAsync(long chatId, bool isGroup, int messageId, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendAsync(
                chatId,
                isGroup,
                async ct =>
                {
                    await bot.DeleteMessage(chatId, messageId, ct).ConfigureAwait(false);
                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A part of the old answer left behind is untidy, not wrong: the new answer is out.
            LogDeleteFailed(messageId, redactor.Redact(ex.Message));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: message {MessageId} of an edited question's answer is gone; the new answer is posted instead")]
    private partial void LogEditedMessageGone(int messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: message {MessageId} of an edited question's old answer could not be deleted: {Error}")]
    private partial void LogDeleteFailed(int messageId, string error);
}
