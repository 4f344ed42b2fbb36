namespace BriefingBot.Discord.Client.Models;

public sealed record User
{
    public string Id { get; init; } = "";

    public string Username { get; init; } = "";

    public bool? Bot { get; init; }

    public string? GlobalName { get; init; }
}
