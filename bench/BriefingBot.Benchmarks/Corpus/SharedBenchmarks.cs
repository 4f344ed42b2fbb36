using BriefingBot.Core.Evaluation;

namespace BriefingBot.Benchmarks.Corpus;

/// <summary>The shared question→passage benchmarks (<c>shared/bench/arcd</c>, <c>shared/bench/xquad-ar</c>).</summary>
public sealed record SharedBenchmarks(BenchmarkSet ArcdAll, BenchmarkSet ArcdTest, BenchmarkSet XquadAr)
{
    public const string Arcd = "arcd";
    public const string Xquad = "xquad-ar";

    public static async Task<SharedBenchmarks> LoadAsync(string sharedDirectory, CancellationToken cancellationToken)
    {
        var arcdAll = await LoadSetAsync(sharedDirectory, Arcd, null, cancellationToken).ConfigureAwait(false);
        var arcdTest = await LoadSetAsync(sharedDirectory, Arcd, "test", cancellationToken).ConfigureAwait(false);
        var xquad = await LoadSetAsync(sharedDirectory, Xquad, null, cancellationToken).ConfigureAwait(false);
        return new SharedBenchmarks(arcdAll, arcdTest, xquad);
    }

    /// <summary>Every real passage text: the source of the synthetic corpus' word-frequency shape.</summary>
    public IEnumerable<string> PassageTexts() => ArcdAll.Passages.Concat(XquadAr.Passages).Select(p => p.Text);

    /// <summary>Every real question: the query mix of the speed runs.</summary>
    public IEnumerable<string> Questions() => ArcdAll.Questions.Concat(XquadAr.Questions).Select(q => q.Question);

    private static Task<BenchmarkSet> LoadSetAsync(string sharedDirectory, string name, string? split, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(sharedDirectory, name);
        var passages = Path.Combine(folder, "passages.jsonl");
        var questions = Path.Combine(folder, "questions.jsonl");
        if (!File.Exists(passages) || !File.Exists(questions))
        {
            throw new FileNotFoundException($"Benchmark '{name}' not found: expected passages.jsonl and questions.jsonl in {folder} (see --shared).");
        }

        return BenchmarkSet.LoadAsync(passages, questions, split, cancellationToken);
    }
}
