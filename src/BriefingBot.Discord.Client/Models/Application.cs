namespace BriefingBot.Discord.Client.Models;

/// <summary>Response of <c>GET /applications/@me</c>, reduced to what command registration needs.</summary>
public sealed record Application
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";
}
