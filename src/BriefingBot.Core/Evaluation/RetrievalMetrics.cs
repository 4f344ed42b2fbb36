using System.Text.Json.Serialization;

namespace BriefingBot.Core.Evaluation;

/// <summary>Recall at 1/3/5 and mean reciprocal rank over the top 10, as the benchmark READMEs define them.</summary>
public sealed record RetrievalMetrics(
    [property: JsonPropertyName("recall@1")] double RecallAt1,
    [property: JsonPropertyName("recall@3")] double RecallAt3,
    [property: JsonPropertyName("recall@5")] double RecallAt5,
    [property: JsonPropertyName("mrr@10")] double MrrAt10,
    [property: JsonPropertyName("n")] int Count)
{
    /// <summary>Scores ranked results: for each question, the 1-based rank of the first gold passage, or null if not in the top 10.</summary>
    public static RetrievalMetrics FromRanks(IReadOnlyList<int?> firstGoldRanks)
    {
        var n = firstGoldRanks.Count;
        if (n == 0)
        {
            return new RetrievalMetrics(0, 0, 0, 0, 0);
        }

        double At(int k) => firstGoldRanks.Count(r => r <= k) / (double)n;
        var mrr = firstGoldRanks.Sum(r => r is { } rank && rank <= 10 ? 1.0 / rank : 0) / n;
        return new RetrievalMetrics(At(1), At(3), At(5), mrr, n);
    }
}
