using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// Questions about the seed briefing written the way people write in chat, with the passage ordinals that
/// answer them, or <c>decline</c> for questions the briefing does not answer. The <c>tune</c> part is what
/// ranking and abstention were tuned on; the <c>holdout</c> part was written alongside it and never tuned on.
/// </summary>
internal static class DevSet
{
    public static IReadOnlyList<DevQuestion> Load(string file = "seed-dev.jsonl")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "DevSet", file);
        return File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<DevQuestion>(l) ?? throw new InvalidDataException(l))
            .ToList();
    }
}

internal sealed record DevQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("part")] string Part,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected")] IReadOnlyList<int>? Expected = null,
    [property: JsonPropertyName("decline")] bool Decline = false)
{
    public override string ToString() => $"{Id} {Question}";
}
