using System.Text.Json;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Evaluation;

namespace BriefingBot.Benchmarks.Tests;

/// <summary>
/// A tiny stand-in for <c>shared/bench</c> made from the seed briefing: its passages, and for some of them a question
/// made of the passage's own longest words (gold = that passage). Enough to exercise the harness without the real data.
/// </summary>
public sealed class TinyBenchmarkData : IDisposable
{
    public TinyBenchmarkData()
    {
        Root = Path.Combine(Path.GetTempPath(), "briefingbot-bench-tests-" + Guid.NewGuid().ToString("N"));
        var briefing = SeedBriefing.Parse(new BriefingParser());
        Passages = briefing.Passages.Select(p => new BenchmarkPassage(p.Id, p.BriefingTitle, p.Text)).ToList();
        Questions = Passages
            .Where((_, i) => i % 3 == 0)
            .Select((p, i) => new BenchmarkQuestion($"q{i}", QuestionFrom(p.Text), [p.Id], null, i % 2 == 0 ? "test" : "train"))
            .ToList();
        foreach (var name in new[] { SharedBenchmarks.Arcd, SharedBenchmarks.Xquad })
        {
            var folder = Directory.CreateDirectory(Path.Combine(Root, "shared", name)).FullName;
            File.WriteAllLines(Path.Combine(folder, "passages.jsonl"), Passages.Select(p => JsonSerializer.Serialize(p)));
            File.WriteAllLines(Path.Combine(folder, "questions.jsonl"), Questions.Select(q => JsonSerializer.Serialize(q)));
        }
    }

    public string Root { get; }

    public string SharedDirectory => Path.Combine(Root, "shared");

    public IReadOnlyList<BenchmarkPassage> Passages { get; }

    public IReadOnlyList<BenchmarkQuestion> Questions { get; }

    /// <summary>The passage's five longest words: specific enough that the passage should rank first.</summary>
    public static string QuestionFrom(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', '،', ',', '«', '»', ':', '"'))
            .Distinct()
            .OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal)
            .Take(5));

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
