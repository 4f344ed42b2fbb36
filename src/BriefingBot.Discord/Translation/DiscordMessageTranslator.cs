using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Translation;

/// <summary>
/// Turns Discord messages and interactions into <see cref="IncomingMessage"/>s. It decides only what Discord
/// itself settles (is this for the bot at all, who sent it, in which chat); what to answer is the chat core's call.
/// </summary>
internal sealed partial class DiscordMessageTranslator(DiscordBotIdentity identity, DiscordSenderRoles roles, DiscordAttachmentDownloader downloader)
{
    public const string Platform = "discord";

    /// <summary>
    /// A member's message, in a DM or a guild channel, saying whether it mentions the bot or replies to it. Whether a
    /// guild message that does neither is for the bot (it is, in the community's ask channel) is the chat core's call.
    /// Null for the bot's own messages and other bots'. In a thread, <paramref name="place"/> names the channel it belongs
    /// to (the message itself does not); a forum post's first message has the post's id.
    /// </summary>
    public IncomingMessage? FromMessage(Message message, DiscordChannelPlace? place = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var botId = identity.UserId;
        if (botId is null || message.Author.Bot == true || message.Author.Id == botId)
        {
            return null;
        }

        var isDirect = message.GuildId is null;
        var mentioned = message.Mentions.Any(u => u.Id == botId);
        var replyToBot = message.ReferencedMessage?.Author.Id == botId;
        return new IncomingMessage(
            Platform,
            message.ChannelId,
            message.Author.Id,
            DisplayName(message.Author),
            isDirect ? ChatKind.Private : ChatKind.Group,
            AddressedToBot: mentioned,
            ReplyToBot: replyToBot,
            Text: StripMentionsOf(message.Content, botId),
            MessageId: message.Id)
        {
            Attachments = [.. message.Attachments.Select(downloader.ToChatAttachment)],
            GroupId = message.GuildId,
            ReplyToMessageId = replyToBot ? message.ReferencedMessage!.Id : null,
            ParentChatId = place?.ThreadOf,
            OpensThread = place?.ThreadOf is not null && message.Id == message.ChannelId,
        };
    }

    /// <summary>
    /// A slash command becomes the text <c>/name argument</c> (the core parses commands the same way on every
    /// platform); a button press carries its custom id as the action. Null for interaction types we do not serve.
    /// <paramref name="place"/> is the channel it was invoked in (Discord sends it with the interaction).
    /// </summary>
    public IncomingMessage? FromInteraction(Interaction interaction, DiscordChannelPlace? place = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.Invoker is not { } user || interaction.Data is not { } data)
        {
            return null;
        }

        string? text;
        string? action = null;
        IReadOnlyList<ChatAttachment> attachments = [];
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand when !string.IsNullOrEmpty(data.Name):
                var arguments = (data.Options ?? [])
                    .Where(o => o.Type == ApplicationCommandOptionType.String)
                    .Select(o => o.GetString())
                    .Where(s => !string.IsNullOrWhiteSpace(s));
                text = string.Join(' ', [$"/{data.Name}", .. arguments]);
                attachments = ResolvedAttachments(data);
                break;
            case InteractionType.MessageComponent when !string.IsNullOrEmpty(data.CustomId):
                text = null;
                action = data.CustomId;
                break;
            default:
                return null;
        }

        return new IncomingMessage(
            Platform,
            interaction.ChannelId ?? user.Id,
            user.Id,
            DisplayName(user),
            interaction.GuildId is null ? ChatKind.Private : ChatKind.Group,
            AddressedToBot: true,
            ReplyToBot: false,
            Text: text,
            MessageId: interaction.Id)
        {
            Action = action,
            Attachments = attachments,
            LanguageCode = interaction.Locale,
            Role = roles.RoleOf(interaction.Member),
            GroupId = interaction.GuildId,
            ParentChatId = place?.ThreadOf,
        };
    }

    /// <summary>Removes <c>&lt;@id&gt;</c> and <c>&lt;@!id&gt;</c> mentions of the bot; other mentions are part of the question.</summary>
    public static string StripMentionsOf(string content, string botId)
    {
        var stripped = content.Replace($"<@{botId}>", " ", StringComparison.Ordinal).Replace($"<@!{botId}>", " ", StringComparison.Ordinal);
        return Whitespace().Replace(stripped, " ").Trim();
    }

    private IReadOnlyList<ChatAttachment> ResolvedAttachments(InteractionData data)
    {
        var resolved = data.Resolved?.Attachments;
        if (resolved is null || data.Options is null)
        {
            return [];
        }

        return [.. data.Options
            .Where(o => o.Type == ApplicationCommandOptionType.Attachment)
            .Select(o => o.GetString())
            .Where(id => id is not null && resolved.ContainsKey(id))
            .Select(id => downloader.ToChatAttachment(resolved[id!]))];
    }

    private static string DisplayName(User user) => string.IsNullOrWhiteSpace(user.GlobalName) ? user.Username : user.GlobalName;

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Whitespace();
}
