using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Client.Interactions;

public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}

/// <summary>An INTERACTION_CREATE payload, reduced to the fields we use.</summary>
public sealed record Interaction
{
    /// <summary>Discord accepts the initial response only this long after the interaction was created.</summary>
    public static readonly TimeSpan ResponseWindow = TimeSpan.FromSeconds(3);

    /// <summary>Edits and follow-ups are possible for this long with the interaction's token.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public string Id { get; init; } = "";

    public string ApplicationId { get; init; } = "";

    public InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>The partial channel it was invoked in: in a thread, with <c>parent_id</c> and <c>thread_metadata</c>.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Set when invoked in a guild.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Set when invoked in a DM.</summary>
    public User? User { get; init; }

    /// <summary>Valid for 15 minutes; authorizes the callback and webhook routes instead of the bot token.</summary>
    public string Token { get; init; } = "";

    public string? Locale { get; init; }

    /// <summary>For a component press: the message the pressed component is on.</summary>
    public Message? Message { get; init; }

    /// <summary>When the gateway delivered it: the token's time limits (3 s to respond, 15 min to follow up) run from about then.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The invoking user wherever the interaction happened.</summary>
    public User? Invoker => Member?.User ?? User;

    public override string ToString() => $"Interaction {{ Id = {Id}, Type = {Type}, Name = {Data?.Name ?? Data?.CustomId} }}";
}

public sealed record GuildMember
{
    public User? User { get; init; }

    /// <summary>Permission bitfield, serialized by Discord as a decimal string.</summary>
    public string? Permissions { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];
}

public sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public InteractionResolved? Resolved { get; init; }
}

public sealed record InteractionDataOption
{
    public string Name { get; init; } = "";

    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>String, number or boolean depending on <see cref="Type"/>; attachments carry their id.</summary>
    public System.Text.Json.JsonElement? Value { get; init; }

    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    public string? GetString() =>
        Value is { ValueKind: System.Text.Json.JsonValueKind.String } value ? value.GetString() : Value?.GetRawText();
}

public sealed record InteractionResolved
{
    public IReadOnlyDictionary<string, Attachment>? Attachments { get; init; }
}
