using System.Globalization;
using BriefingBot.Adapters;
using BriefingBot.Core.Communities;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>Tells the core whether a user is in a Telegram group (getChatMember), before a private chat shows its community's briefings.</summary>
internal sealed partial class TelegramGroupMembership(ITelegramBotClient bot, SecretRedactor redactor, ILogger<TelegramGroupMembership> logger) : IGroupMembership
{
    public string Platform => TelegramMessageTranslator.Platform;

    public async Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(groupId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chat)
            || !long.TryParse(userId, NumberStyles.None, CultureInfo.InvariantCulture, out var user))
        {
            return false;
        }

        try
        {
            var member = await bot.GetChatMember(chat, user, cancellationToken).ConfigureAwait(false);
            return member.Status switch
            {
                ChatMemberStatus.Creator or ChatMemberStatus.Administrator or ChatMemberStatus.Member => true,
                ChatMemberStatus.Restricted => member is global::Telegram.Bot.Types.ChatMemberRestricted { IsMember: true },
                _ => false,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unsure is not a member: the private chat keeps to shared briefings.
            LogLookupFailed(chat, redactor.Redact(ex.Message));
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: membership in chat {ChatId} could not be read: {Error}")]
    private partial void LogLookupFailed(long chatId, string error);
}
