namespace BriefingBot.Discord.Client.Models;

public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    /// <summary>RGB as an integer, e.g. 0x5865F2.</summary>
    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }
}

public sealed record EmbedField
{
    public string Name { get; init; } = "";

    public string Value { get; init; } = "";

    public bool? Inline { get; init; }
}

public sealed record EmbedFooter
{
    public string Text { get; init; } = "";
}
