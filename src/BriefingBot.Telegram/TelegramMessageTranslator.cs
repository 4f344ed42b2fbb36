using System.Globalization;
using System.Text;
using BriefingBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Translates a Telegram update into an <see cref="IncomingMessage"/>: who, where, whether the bot was addressed
/// (a mention, <c>/cmd@bot</c>, a reply to it), the text without the mention, attachments, button presses.
/// It decides nothing about the answer.
/// </summary>
internal sealed class TelegramMessageTranslator(TelegramBotIdentity identity, ITelegramBotClient bot)
{
    public const string Platform = "telegram";

    public IncomingMessage? Translate(Update update) => update switch
    {
        { Message: { } message } => FromMessage(message),

        // An edit is the whole message again, same id, new text: the core tells it apart (ChatEngine.HandleEditAsync).
        { EditedMessage: { } edited } => FromMessage(edited),
        { CallbackQuery: { Message: { } message, Data: { } data } query } => FromButton(query, message, data),
        _ => null,
    };

    private IncomingMessage? FromMessage(Message message)
    {
        if (message.Chat.Type == ChatType.Channel)
        {
            return null;
        }

        // An anonymous administrator posts on behalf of the group: Telegram sets sender_chat to the group and from to
        // the placeholder @GroupAnonymousBot. Only the group's administrators can post so, which makes the sender one.
        if (message.SenderChat is { } senderChat && senderChat.Id == message.Chat.Id)
        {
            return FromAnonymousAdmin(message);
        }

        // Otherwise another bot, or someone posting as a channel (sender_chat a channel, from a placeholder bot).
        if (message.From is not { } from || from.IsBot || message.SenderChat is not null)
        {
            return null;
        }

        var text = message.Text ?? message.Caption;
        var entities = message.Text is not null ? message.Entities : message.CaptionEntities;
        var (cleaned, addressed, forAnotherBot) = RemoveMentions(text, entities);
        if (forAnotherBot)
        {
            return null;
        }

        return new IncomingMessage(
            Platform,
            message.Chat.Id.ToString(CultureInfo.InvariantCulture),
            from.Id.ToString(CultureInfo.InvariantCulture),
            DisplayName(from),
            message.Chat.Type == ChatType.Private ? ChatKind.Private : ChatKind.Group,
            addressed,
            message.ReplyToMessage?.From?.Id == identity.Id,
            cleaned,
            message.Id.ToString(CultureInfo.InvariantCulture))
        {
            LanguageCode = from.LanguageCode,
            Attachments = Attachments(message),
            GroupId = GroupOf(message.Chat),
            ReplyToMessageId = message.ReplyToMessage is { From.Id: var author } replied && author == identity.Id
                ? replied.MessageId.ToString(CultureInfo.InvariantCulture)
                : null,
        };
    }

    private IncomingMessage? FromAnonymousAdmin(Message message)
    {
        var text = message.Text ?? message.Caption;
        var (cleaned, addressed, forAnotherBot) = RemoveMentions(text, message.Text is not null ? message.Entities : message.CaptionEntities);
        if (forAnotherBot)
        {
            return null;
        }

        var chatId = message.Chat.Id.ToString(CultureInfo.InvariantCulture);

        // The group stands in for the admin: its id is the sender (per-user limits then apply to the group's
        // anonymous admins together), its title or the admin's custom title the name.
        return new IncomingMessage(
            Platform,
            chatId,
            chatId,
            message.AuthorSignature ?? message.Chat.Title,
            ChatKind.Group,
            addressed,
            message.ReplyToMessage?.From?.Id == identity.Id,
            cleaned,
            message.Id.ToString(CultureInfo.InvariantCulture))
        {
            Attachments = Attachments(message),
            GroupId = GroupOf(message.Chat),
            Role = SenderRole.Moderator,
            ReplyToMessageId = message.ReplyToMessage is { From.Id: var author } replied && author == identity.Id
                ? replied.MessageId.ToString(CultureInfo.InvariantCulture)
                : null,
        };
    }

    private static IncomingMessage FromButton(CallbackQuery query, Message message, string data) =>
        new(
            Platform,
            message.Chat.Id.ToString(CultureInfo.InvariantCulture),
            query.From.Id.ToString(CultureInfo.InvariantCulture),
            DisplayName(query.From),
            message.Chat.Type == ChatType.Private ? ChatKind.Private : ChatKind.Group,
            AddressedToBot: true,
            ReplyToBot: true,
            Text: null,
            message.Id.ToString(CultureInfo.InvariantCulture))
        {
            LanguageCode = query.From.LanguageCode,
            Action = data,
            GroupId = GroupOf(message.Chat),
        };

    /// <summary>A Telegram group or supergroup is its own group: the chat id names the community it belongs to.</summary>
    private static string? GroupOf(Chat chat) =>
        chat.Type is ChatType.Group or ChatType.Supergroup ? chat.Id.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// Removes "@bot" mentions and the "@bot" suffix of a command. Entity offsets are UTF-16 units, as .NET strings are.
    /// A command suffixed with another bot's name is that bot's business.
    /// </summary>
    private (string? Text, bool Addressed, bool ForAnotherBot) RemoveMentions(string? text, MessageEntity[]? entities)
    {
        if (text is null || entities is null || entities.Length == 0)
        {
            return (text, false, false);
        }

        var addressed = false;
        var sb = new StringBuilder(text);
        foreach (var entity in entities.OrderByDescending(e => e.Offset))
        {
            if (entity.Offset < 0 || entity.Offset + entity.Length > text.Length)
            {
                continue;
            }

            var value = text.Substring(entity.Offset, entity.Length);
            switch (entity.Type)
            {
                case MessageEntityType.Mention when IsMe(value.TrimStart('@')):
                case MessageEntityType.TextMention when entity.User?.Id == identity.Id:
                    addressed = true;
                    sb.Remove(entity.Offset, entity.Length);
                    break;
                case MessageEntityType.BotCommand when value.IndexOf('@', StringComparison.Ordinal) is var at and > 0:
                    if (!IsMe(value[(at + 1)..]))
                    {
                        return (text, false, true);
                    }

                    addressed = true;
                    sb.Remove(entity.Offset + at, entity.Length - at);
                    break;
            }
        }

        return (sb.ToString().Trim(), addressed, false);
    }

    private bool IsMe(string username) =>
        identity.Username.Length > 0 && string.Equals(username, identity.Username, StringComparison.OrdinalIgnoreCase);

    private IReadOnlyList<ChatAttachment> Attachments(Message message)
    {
        // "/brief" sent as a reply to a message carrying the file counts as posting that file.
        var document = message.Document ?? (IsCommand(message) ? message.ReplyToMessage?.Document : null);
        if (document is null)
        {
            return [];
        }

        return
        [
            new ChatAttachment(document.FileName, document.MimeType, document.FileSize, async cancellationToken =>
            {
                var content = new MemoryStream();
                await bot.GetInfoAndDownloadFile(document.FileId, content, cancellationToken).ConfigureAwait(false);
                content.Position = 0;
                return content;
            }),
        ];
    }

    private static bool IsCommand(Message message) => (message.Text ?? message.Caption)?.StartsWith('/') == true;

    private static string DisplayName(User user) =>
        user.Username is { Length: > 0 } username ? "@" + username : string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrEmpty(n)));
}
