namespace BriefingBot.Discord.Client.Models;

public sealed record Attachment
{
    public string Id { get; init; } = "";

    public string Filename { get; init; } = "";

    public long Size { get; init; }

    public string Url { get; init; } = "";

    public string? ContentType { get; init; }
}
