using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Rendering;

/// <summary>One Discord message of a rendered reply, within Discord's limits, ready for any of the send routes.</summary>
internal sealed record DiscordOutgoingMessage(string? Content, IReadOnlyList<Embed> Embeds, IReadOnlyList<MessageComponent> Components)
{
    /// <summary>For Create Message, follow-ups and Edit Original Response. Nothing the bot sends may ping anyone.</summary>
    public MessageCreate ToMessageCreate(MessageReference? replyTo = null) => new()
    {
        Content = Content,
        Embeds = Embeds.Count > 0 ? Embeds : null,
        Components = Components.Count > 0 ? Components : null,
        MessageReference = replyTo,
        AllowedMentions = AllowedMentions.None,
    };

    /// <summary>For Edit Message: everything the message had is replaced, cleared where this message has nothing.</summary>
    public MessageEdit ToMessageEdit() => new()
    {
        Content = Content ?? string.Empty,
        Embeds = Embeds,
        Components = Components,
        AllowedMentions = AllowedMentions.None,
    };

    /// <summary>For an immediate interaction response (type 4).</summary>
    public InteractionCallbackData ToCallbackData() => new()
    {
        Content = Content,
        Embeds = Embeds.Count > 0 ? Embeds : null,
        Components = Components.Count > 0 ? Components : null,
        AllowedMentions = AllowedMentions.None,
    };
}
