namespace BriefingBot.Discord.Client.Models;

/// <summary>A channel as returned by Create DM, reduced to what we use.</summary>
public sealed record Channel
{
    public string Id { get; init; } = "";

    public int Type { get; init; }
}
