namespace BriefingBot.Discord.Client.Models;

/// <summary>
/// Which mentions in outgoing content may notify people. The serializer substitutes
/// <see cref="None"/> whenever an outgoing message leaves this unset.
/// </summary>
public sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new();

    /// <summary>Mention types to parse: "roles", "users", "everyone". Empty means nothing pings.</summary>
    public IReadOnlyList<string> Parse { get; init; } = [];

    public IReadOnlyList<string>? Users { get; init; }

    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>Whether a reply pings the author of the referenced message.</summary>
    public bool? RepliedUser { get; init; }
}
