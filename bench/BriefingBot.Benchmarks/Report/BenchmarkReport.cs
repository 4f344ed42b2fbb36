using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Benchmarks.EndToEnd;
using BriefingBot.Benchmarks.Quality;
using BriefingBot.Benchmarks.Speed;

namespace BriefingBot.Benchmarks.Report;

/// <summary>The real passages the synthetic corpus imitates, and the query sample.</summary>
public sealed record CorpusShape(int SourcePassages, int SourceWords, int Vocabulary, double MedianPassageWords, int Queries);

/// <summary>One index size: how it was built and what serving it measured.</summary>
public sealed record SpeedRow(int Size, IndexBuild Build, bool BuiltThisRun, SizeMeasurement Measurement, ColdStart ColdStart, IndexFilesMeasurement ReadIndexFiles, IndexFilesMeasurement? MappedIndexFiles = null);

/// <summary>Everything one run measured; <see cref="ResultsMarkdown"/> turns it into <c>bench/RESULTS.md</c>.</summary>
public sealed record BenchmarkReport(
    MachineInfo Machine,
    BenchmarkSettings Settings,
    CorpusShape Corpus,
    IReadOnlyList<QualityRow> Quality,
    IReadOnlyList<SpeedRow> Speed,
    IReadOnlyList<EndToEndResult> EndToEnd,
    DateTimeOffset FinishedAt,
    TimeSpan Duration)
{
    /// <summary>Many communities in one index; null when the run skipped it.</summary>
    public CommunityMeasurement? Communities { get; init; }
}
