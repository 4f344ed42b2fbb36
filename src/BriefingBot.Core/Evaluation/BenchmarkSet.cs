using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingBot.Core.Evaluation;

/// <summary>A question→passage benchmark in the JSONL format of <c>shared/bench/*</c>.</summary>
public sealed record BenchmarkSet(IReadOnlyList<BenchmarkPassage> Passages, IReadOnlyList<BenchmarkQuestion> Questions)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static async Task<BenchmarkSet> LoadAsync(string passagesPath, string questionsPath, string? split, CancellationToken cancellationToken)
    {
        var passages = await ReadJsonLinesAsync<BenchmarkPassage>(passagesPath, cancellationToken).ConfigureAwait(false);
        var questions = await ReadJsonLinesAsync<BenchmarkQuestion>(questionsPath, cancellationToken).ConfigureAwait(false);
        if (split is not null && !split.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            questions = questions.Where(q => string.Equals(q.Split, split, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        return new BenchmarkSet(passages, questions);
    }

    private static async Task<List<T>> ReadJsonLinesAsync<T>(string path, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                items.Add(JsonSerializer.Deserialize<T>(line, Json) ?? throw new InvalidDataException($"Bad line in {path}"));
            }
        }

        return items;
    }
}

public sealed record BenchmarkPassage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text);

public sealed record BenchmarkQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("gold")] IReadOnlyList<string> Gold,
    [property: JsonPropertyName("answer")] string? Answer = null,
    [property: JsonPropertyName("split")] string? Split = null);
