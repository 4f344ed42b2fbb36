namespace BriefingBot.Benchmarks;

/// <summary>One benchmark run: where things are, which sizes, and how long to measure each.</summary>
public sealed record BenchmarkSettings(
    string RepositoryRoot,
    string OutputPath,
    string SharedDirectory,
    string DataDirectory,
    IReadOnlyList<int> Sizes,
    int Seed,
    int Queries,
    TimeSpan ThroughputDuration,
    int FreshnessRepeats,
    int ColdStartRepeats,
    int? QualityQuestionLimit,
    bool InProcess,
    bool Quick)
{
    /// <summary>Questions each end-to-end probe asks at most (it also stops at <see cref="ThroughputDuration"/> × 10); 0 skips the probes.</summary>
    public int EndToEndQuestions { get; init; } = 300;

    /// <summary>Questions answered before timing starts: other ones than the timed, where the pool allows.</summary>
    public int WarmUpQuestions { get; init; } = 1000;

    /// <summary>The many-communities index (communities × briefings × passages); null skips that part.</summary>
    public Speed.CommunityShape? Communities { get; init; } = Speed.CommunityShape.Default;

    public static readonly IReadOnlyList<int> DefaultSizes = [1_000, 100_000, 1_000_000];

    /// <summary>Full measurement, or a quick pass (fewer queries, shorter runs) for trying the harness out.</summary>
    public static BenchmarkSettings Create(string repositoryRoot, bool quick) => new(
        repositoryRoot,
        Path.Combine(repositoryRoot, "bench", "RESULTS.md"),
        Path.GetFullPath(Path.Combine(repositoryRoot, "..", "shared", "bench")),
        Path.Combine(repositoryRoot, "bench", ".data"),
        DefaultSizes,
        Seed: 20261123,
        Queries: quick ? 300 : 1000,
        ThroughputDuration: TimeSpan.FromSeconds(quick ? 1 : 5),
        FreshnessRepeats: quick ? 3 : 10,
        ColdStartRepeats: quick ? 1 : 3,
        QualityQuestionLimit: null,
        InProcess: false,
        Quick: quick)
    {
        Communities = quick ? new Speed.CommunityShape(100, 30, 4) : Speed.CommunityShape.Default,
    };

    /// <summary>The folder holding BriefingBot.sln above <paramref name="start"/>, or <paramref name="start"/> itself.</summary>
    public static string FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingBot.sln")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
