namespace BriefingBot.Discord.Client.Models;

public sealed record MessageReference
{
    public string MessageId { get; init; } = "";

    public string? ChannelId { get; init; }

    public string? GuildId { get; init; }

    /// <summary>False lets the send succeed even if the referenced message was deleted meanwhile.</summary>
    public bool? FailIfNotExists { get; init; }
}
