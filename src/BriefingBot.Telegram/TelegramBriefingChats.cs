using System.Globalization;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>
/// In the chats of <c>Telegram:BriefingChatIds</c> a moderator's plain post (text or a document) is a briefing:
/// it reaches the core as <c>/brief</c> with that text or file. Members' posts there stay ordinary messages, so
/// their chatter is neither refused nor answered as if it were a briefing.
/// </summary>
internal sealed class TelegramBriefingChats(IOptions<TelegramOptions> options, IOptions<ChatOptions> chatOptions, TelegramModerators moderators)
{
    public const string BriefCommand = "/brief";

    public async Task<IncomingMessage> AsBriefingPostAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (message.Action is not null
            || message.Text?.StartsWith('/') == true
            || (string.IsNullOrWhiteSpace(message.Text) && message.Attachments.Count == 0)
            || !long.TryParse(message.ChatId, CultureInfo.InvariantCulture, out var chatId)
            || !options.Value.BriefingChatIds.Contains(chatId)
            || !await IsModeratorAsync(message, chatId, cancellationToken).ConfigureAwait(false))
        {
            return message;
        }

        var text = message.Attachments.Count > 0 ? BriefCommand : BriefCommand + "\n" + message.Text;
        return message with { Text = text, AddressedToBot = true, Role = SenderRole.Moderator };
    }

    private async Task<bool> IsModeratorAsync(IncomingMessage message, long chatId, CancellationToken cancellationToken)
    {
        if (chatOptions.Value.Moderators.Any(m => string.Equals(m.Trim(), message.Platform + ":" + message.UserId, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return message.ChatKind == ChatKind.Group
            && await moderators.IsAdminAsync(chatId, long.Parse(message.UserId, CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
    }
}
