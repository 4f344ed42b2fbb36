using System.Text.Json.Serialization;

namespace BriefingBot.Core.Storage;

/// <summary>
/// The metadata file of a stored briefing (<c>&lt;id&gt;.json</c>). It is written last and names the text file it
/// belongs to, so it is the commit record: a text file no record points at was never added.
/// </summary>
internal sealed record BriefingRecord
{
    /// <summary>2 added <see cref="Community"/>; a format-1 record was posted before communities existed.</summary>
    public const int CurrentFormat = 2;

    /// <summary>Format 1: no community was recorded, the briefing predates communities.</summary>
    public const int BeforeCommunities = 1;

    /// <summary>Absent in the first records, which read as <see cref="BeforeCommunities"/>.</summary>
    public int Format { get; init; } = BeforeCommunities;

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required DateOnly Date { get; init; }

    public string? Source { get; init; }

    /// <summary>The parser's hash of the briefing's words: the same briefing posted twice has the same hash.</summary>
    public required string ContentHash { get; init; }

    public required IReadOnlyList<string> Sections { get; init; }

    public required int PassageCount { get; init; }

    /// <summary>Name of the text file in the store directory; it holds the text exactly as posted (UTF-8).</summary>
    public required string TextFile { get; init; }

    /// <summary>SHA-256 of the text file's bytes, checked on load.</summary>
    public required string TextSha256 { get; init; }

    public string? OriginalFileName { get; init; }

    /// <summary>What the poster gave besides the text; parsing the text with it again yields the same briefing.</summary>
    public required SuppliedHeader Supplied { get; init; }

    public required Poster PostedBy { get; init; }

    public required string Platform { get; init; }

    public string? Chat { get; init; }

    public required DateTimeOffset PostedAt { get; init; }

    /// <summary>The community the briefing belongs to; null for a shared briefing (format 2 and later).</summary>
    public string? Community { get; init; }

    internal sealed record SuppliedHeader(
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("date")] DateOnly? Date,
        [property: JsonPropertyName("source")] string? Source);

    internal sealed record Poster(
        [property: JsonPropertyName("userId")] string? UserId,
        [property: JsonPropertyName("name")] string? Name);
}
