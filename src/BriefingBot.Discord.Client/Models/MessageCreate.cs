namespace BriefingBot.Discord.Client.Models;

/// <summary>Body of Create Message, Execute Webhook (follow-ups) and Edit Original Response.</summary>
public sealed record MessageCreate
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public MessageReference? MessageReference { get; init; }

    /// <summary>Left null, the serializer sends <c>{"parse":[]}</c>.</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    /// <summary>Message flags, e.g. 64 EPHEMERAL for interaction follow-ups.</summary>
    public int? Flags { get; init; }
}
