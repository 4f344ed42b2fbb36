namespace BriefingBot.Discord.Client.Models;

/// <summary>
/// Body of Edit Message (<c>PATCH /channels/{channel.id}/messages/{message.id}</c>). Fields left out stay as they were, so
/// an edit that replaces a message sends all three: empty content, no embeds (<c>[]</c>) or no buttons (<c>[]</c>) clear them.
/// </summary>
public sealed record MessageEdit
{
    public string Content { get; init; } = "";

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<MessageComponent> Components { get; init; } = [];

    /// <summary>Left null, the serializer sends <c>{"parse":[]}</c>: an edit pings nobody either.</summary>
    public AllowedMentions? AllowedMentions { get; init; }
}
