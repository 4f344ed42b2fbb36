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

    /// <summary>Create Message only: up to 25 characters that identify this post (see <see cref="EnforceNonce"/>).</summary>
    public string? Nonce { get; init; }

    /// <summary>Create Message only: a nonce this author used in the past few minutes returns that message instead of posting again.</summary>
    public bool? EnforceNonce { get; init; }

    /// <summary>Message flags, e.g. 64 EPHEMERAL for interaction follow-ups.</summary>
    public int? Flags { get; init; }
}
