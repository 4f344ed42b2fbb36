using System.CommandLine;
using System.Globalization;
using BriefingBot.Benchmarks.Report;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks;

/// <summary>The root command: run everything and write the results file.</summary>
public static class RunCommand
{
    private static readonly Option<string?> OutOption = new("--out") { Description = "Results file (default bench/RESULTS.md under the repository root)." };
    private static readonly Option<string?> SharedOption = new("--shared") { Description = "Folder with arcd/ and xquad-ar/ (default ../shared/bench beside the repository)." };
    private static readonly Option<string?> DataOption = new("--data") { Description = "Folder for cached synthetic indexes (default bench/.data)." };
    private static readonly Option<string?> SizesOption = new("--sizes") { Description = "Index sizes in passages, comma-separated (default 1000,100000,1000000)." };
    private static readonly Option<bool> QuickOption = new("--quick") { Description = "Fewer questions and shorter runs: to try the harness, not to quote." };
    private static readonly Option<int?> SeedOption = new("--seed") { Description = "Seed of the synthetic corpus and the question sample." };
    private static readonly Option<int?> QueriesOption = new("--queries") { Description = "Timed questions per size." };
    private static readonly Option<int?> QualityLimitOption = new("--quality-limit") { Description = "Only the first N questions of each quality set." };
    private static readonly Option<bool> InProcessOption = new("--in-process") { Description = "Measure everything in this process (no child processes): memory and cold start are then not isolated." };

    public static IReadOnlyList<Option> Options { get; } = [OutOption, SharedOption, DataOption, SizesOption, QuickOption, SeedOption, QueriesOption, QualityLimitOption, InProcessOption];

    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = Settings(parse, Directory.GetCurrentDirectory());
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss "));
        await RunAndWriteAsync(settings, loggers.CreateLogger<BenchmarkRunner>(), cancellationToken).ConfigureAwait(false);
        Console.WriteLine($"Wrote {settings.OutputPath}");
        return 0;
    }

    /// <summary>Runs the benchmark and writes the report; returns the Markdown written.</summary>
    public static async Task<string> RunAndWriteAsync(BenchmarkSettings settings, ILogger<BenchmarkRunner> logger, CancellationToken cancellationToken)
    {
        var report = await new BenchmarkRunner(settings, logger).RunAsync(cancellationToken).ConfigureAwait(false);
        var markdown = ResultsMarkdown.Render(report);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.OutputPath))!);
        await File.WriteAllTextAsync(settings.OutputPath, markdown, cancellationToken).ConfigureAwait(false);
        return markdown;
    }

    public static BenchmarkSettings Settings(ParseResult parse, string workingDirectory)
    {
        var root = BenchmarkSettings.FindRepositoryRoot(workingDirectory);
        var settings = BenchmarkSettings.Create(root, parse.GetValue(QuickOption));
        return settings with
        {
            OutputPath = Full(parse.GetValue(OutOption), workingDirectory) ?? settings.OutputPath,
            SharedDirectory = Full(parse.GetValue(SharedOption), workingDirectory) ?? settings.SharedDirectory,
            DataDirectory = Full(parse.GetValue(DataOption), workingDirectory) ?? settings.DataDirectory,
            Sizes = parse.GetValue(SizesOption) is { } sizes ? ParseSizes(sizes) : settings.Sizes,
            Seed = parse.GetValue(SeedOption) ?? settings.Seed,
            Queries = parse.GetValue(QueriesOption) ?? settings.Queries,
            QualityQuestionLimit = parse.GetValue(QualityLimitOption),
            InProcess = parse.GetValue(InProcessOption),
        };
    }

    public static IReadOnlyList<int> ParseSizes(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture))
            .ToList();

    private static string? Full(string? path, string workingDirectory) => path is null ? null : Path.GetFullPath(path, workingDirectory);
}
