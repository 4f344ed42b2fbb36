using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Core.Answering;

namespace BriefingBot.Cli;

/// <summary>The <c>--json</c> shape of an answer: one object per question, one line each.</summary>
public static class AnswerJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Arabic stays readable in the output instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(Answer answer) => JsonSerializer.Serialize(ToDto(answer), Options);

    internal static AnswerDto ToDto(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Outcome.ToString(),
        Math.Round(answer.Confidence, 4),
        answer.Declined?.ToString(),
        answer.Speaker,
        answer.Passages.Select(p => new PassageDto(
            p.Rank,
            MathF.Round(p.Score, 4),
            p.Passage.BriefingId,
            p.Passage.BriefingTitle,
            p.Passage.BriefingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            p.Passage.Section,
            p.Passage.Speaker,
            p.Passage.Text,
            p.Highlights.Select(h => new[] { h.Start, h.Length }).ToList())).ToList());

    internal sealed record AnswerDto(
        [property: JsonPropertyName("question")] string Question,
        [property: JsonPropertyName("answered")] bool Answered,
        [property: JsonPropertyName("outcome")] string Outcome,
        [property: JsonPropertyName("confidence")] double Confidence,
        [property: JsonPropertyName("declined")] string? Declined,
        [property: JsonPropertyName("speaker")] string? Speaker,
        [property: JsonPropertyName("passages")] IReadOnlyList<PassageDto> Passages);

    internal sealed record PassageDto(
        [property: JsonPropertyName("rank")] int Rank,
        [property: JsonPropertyName("score")] float Score,
        [property: JsonPropertyName("briefing")] string Briefing,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("date")] string Date,
        [property: JsonPropertyName("section")] string? Section,
        [property: JsonPropertyName("speaker")] string? Speaker,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("highlights")] IReadOnlyList<int[]> Highlights);
}
