using System.Diagnostics;
using System.Text.Json;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Benchmarks.EndToEnd;
using BriefingBot.Benchmarks.Quality;
using BriefingBot.Benchmarks.Report;
using BriefingBot.Benchmarks.Speed;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Benchmarks;

/// <summary>Runs quality, speed per size, cold start and end to end, and collects a <see cref="BenchmarkReport"/>.</summary>
public sealed partial class BenchmarkRunner(BenchmarkSettings settings, ILogger<BenchmarkRunner> logger)
{
    public const string ResultPrefix = "RESULT ";

    public async Task<BenchmarkReport> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var machine = MachineInfo.Current(settings.RepositoryRoot);
        var shared = await SharedBenchmarks.LoadAsync(settings.SharedDirectory, cancellationToken).ConfigureAwait(false);
        var model = WordModel.FromPassages(shared.PassageTexts());
        var queries = QuerySample.Draw(shared.Questions(), settings.Queries, settings.Seed);
        var warmUp = QuerySample.WarmUp(shared.Questions(), queries, settings.WarmUpQuestions, settings.Seed);

        LogStage("quality");
        var quality = QualityBenchmark.Run(shared, settings.QualityQuestionLimit, cancellationToken);

        Directory.CreateDirectory(settings.DataDirectory);
        var cache = new IndexCache(settings.DataDirectory);
        var speed = new List<SpeedRow>();
        foreach (var size in settings.Sizes)
        {
            var indexPath = cache.PathFor(size, settings.Seed, model.SourceWords);
            LogSize(size, indexPath);
            var (build, built) = await EnsureIndexAsync(indexPath, size, model, cancellationToken).ConfigureAwait(false);
            var measurement = await MeasureAsync(indexPath, queries, warmUp, cancellationToken).ConfigureAwait(false);
            var coldStart = await ColdStartAsync(indexPath, queries[0], cancellationToken).ConfigureAwait(false);
            var readIndexFiles = await MeasureIndexFilesAsync(indexPath, IndexFileAccess.Read, queries, warmUp, cancellationToken).ConfigureAwait(false);
            var mappedIndexFiles = await MeasureIndexFilesAsync(indexPath, IndexFileAccess.Mapped, queries, warmUp, cancellationToken).ConfigureAwait(false);
            speed.Add(new SpeedRow(size, build, built, measurement, coldStart, readIndexFiles, mappedIndexFiles));
        }

        CommunityMeasurement? communities = null;
        if (settings.Communities is { } shape)
        {
            LogStage("communities");
            communities = MeasureCommunities(settings, shape, model, queries, warmUp, cancellationToken);
        }

        LogStage("end to end");
        var endToEnd = new List<EndToEndResult>();
        foreach (var probe in settings.EndToEndQuestions > 0 ? EndToEndProbes.All : [])
        {
            var settingsForProbe = new EndToEndSettings(queries, settings.ThroughputDuration * 10, settings.EndToEndQuestions, cache.PathFor(settings.Sizes[0], settings.Seed, model.SourceWords));
            endToEnd.Add(await probe.MeasureAsync(settingsForProbe, cancellationToken).ConfigureAwait(false));
        }

        return new BenchmarkReport(
            machine,
            settings,
            new CorpusShape(model.SourcePassages, model.SourceWords, model.VocabularySize, Median(model.PassageLengths), queries.Count),
            quality,
            speed,
            endToEnd,
            DateTimeOffset.UtcNow,
            Stopwatch.GetElapsedTime(started))
        {
            Communities = communities,
        };
    }

    /// <summary>
    /// The many-communities index, built (or reused from the cache) and measured in this process: a single-threaded
    /// latency comparison that needs no memory isolation.
    /// </summary>
    public static CommunityMeasurement MeasureCommunities(BenchmarkSettings settings, CommunityShape shape, WordModel model, IReadOnlyList<string> queries, IReadOnlyList<string> warmUp, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.DataDirectory);
        var indexPath = CommunityBenchmark.PathFor(settings.DataDirectory, shape, settings.Seed, model.SourceWords);
        var build = CommunityBenchmark.Ensure(indexPath, shape, model, settings.Seed);
        return CommunityBenchmark.Measure(indexPath, shape, build, queries, warmUp, settings.FreshnessRepeats, settings.Seed, cancellationToken);
    }

    /// <summary>The child-process side of <see cref="EnsureIndexAsync"/>: generates and indexes the synthetic corpus.</summary>
    public static async Task<IndexBuild> BuildIndexAsync(string sharedDirectory, string indexPath, int size, int seed, CancellationToken cancellationToken)
    {
        var shared = await SharedBenchmarks.LoadAsync(sharedDirectory, cancellationToken).ConfigureAwait(false);
        var model = WordModel.FromPassages(shared.PassageTexts());
        return Build(indexPath, size, seed, model);
    }

    private static IndexBuild Build(string indexPath, int size, int seed, WordModel model)
    {
        var seedBriefing = SeedBriefing.Parse(new BriefingParser());
        var synthetic = new SyntheticCorpus(model, seed).Briefings(Math.Max(0, size - seedBriefing.Passages.Count));
        return IndexCache.Build(indexPath, synthetic, seedBriefing);
    }

    private async Task<(IndexBuild Build, bool Built)> EnsureIndexAsync(string indexPath, int size, WordModel model, CancellationToken cancellationToken)
    {
        if (IndexCache.Existing(indexPath) is { } existing)
        {
            if (!existing.Compacted)
            {
                LogStage("compact index cached by an older harness");
                existing = IndexCache.Compact(indexPath, existing);
            }

            LogReused(existing.Passages, existing.BuildSeconds);
            return (existing, false);
        }

        LogStage("build index");
        var build = settings.InProcess
            ? Build(indexPath, size, settings.Seed, model)
            : Deserialize<IndexBuild>(await ChildProcess.RunAsync(
                ["build-index", "--index", indexPath, "--size", Text(size), "--seed", Text(settings.Seed), "--shared", settings.SharedDirectory],
                cancellationToken).ConfigureAwait(false));
        LogBuilt(build.Passages, build.BuildSeconds);
        return (build, true);
    }

    private async Task<SizeMeasurement> MeasureAsync(string indexPath, IReadOnlyList<string> queries, IReadOnlyList<string> warmUp, CancellationToken cancellationToken)
    {
        LogStage("measure");
        var speed = new SpeedSettings(queries.Count, settings.ThroughputDuration, settings.FreshnessRepeats);
        if (settings.InProcess)
        {
            return SizeBenchmark.Measure(indexPath, queries, warmUp, speed, cancellationToken);
        }

        var (queriesFile, warmUpFile) = await WriteQuestionsAsync(queries, warmUp, cancellationToken).ConfigureAwait(false);
        var output = await ChildProcess.RunAsync(
            ["measure", "--index", indexPath, "--queries-file", queriesFile, "--warm-up-file", warmUpFile, "--duration-ms", Text((int)settings.ThroughputDuration.TotalMilliseconds), "--freshness", Text(settings.FreshnessRepeats)],
            cancellationToken).ConfigureAwait(false);
        return Deserialize<SizeMeasurement>(output);
    }

    /// <summary>The same questions served with the index files read another way, in a process of its own (its memory is the point).</summary>
    private async Task<IndexFilesMeasurement> MeasureIndexFilesAsync(string indexPath, IndexFileAccess access, IReadOnlyList<string> queries, IReadOnlyList<string> warmUp, CancellationToken cancellationToken)
    {
        LogStage($"measure with index files {access}");
        if (settings.InProcess)
        {
            return IndexFilesBenchmark.Measure(indexPath, access, queries, warmUp, cancellationToken);
        }

        var (queriesFile, warmUpFile) = await WriteQuestionsAsync(queries, warmUp, cancellationToken).ConfigureAwait(false);
        var output = await ChildProcess.RunAsync(
            ["measure-index-files", "--index", indexPath, "--access", access.ToString(), "--queries-file", queriesFile, "--warm-up-file", warmUpFile],
            cancellationToken).ConfigureAwait(false);
        return Deserialize<IndexFilesMeasurement>(output);
    }

    private async Task<(string Queries, string WarmUp)> WriteQuestionsAsync(IReadOnlyList<string> queries, IReadOnlyList<string> warmUp, CancellationToken cancellationToken)
    {
        var queriesFile = Path.Combine(settings.DataDirectory, $"queries-{settings.Seed}-{queries.Count}.json");
        await File.WriteAllTextAsync(queriesFile, JsonSerializer.Serialize(queries), cancellationToken).ConfigureAwait(false);
        var warmUpFile = Path.Combine(settings.DataDirectory, $"warm-up-{settings.Seed}-{warmUp.Count}.json");
        await File.WriteAllTextAsync(warmUpFile, JsonSerializer.Serialize(warmUp), cancellationToken).ConfigureAwait(false);
        return (queriesFile, warmUpFile);
    }

    /// <summary>A new process opens the existing index and answers one question; the parent times it to the first answer.</summary>
    private async Task<ColdStart> ColdStartAsync(string indexPath, string question, CancellationToken cancellationToken)
    {
        LogStage("cold start");
        var process = new List<double>();
        var inside = new List<double>();
        for (var i = 0; i < settings.ColdStartRepeats; i++)
        {
            if (settings.InProcess)
            {
                var ms = ColdStartProbe.OpenAndAnswer(indexPath, question);
                process.Add(ms);
                inside.Add(ms);
                continue;
            }

            var started = Stopwatch.GetTimestamp();
            double? firstAnswer = null;
            await ChildProcess.RunAsync(["cold-start", "--index", indexPath, "--question", question], cancellationToken, line =>
            {
                if (firstAnswer is null && line.StartsWith(ResultPrefix, StringComparison.Ordinal))
                {
                    process.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    firstAnswer = JsonSerializer.Deserialize<double>(line[ResultPrefix.Length..]);
                    inside.Add(firstAnswer.Value);
                }
            }).ConfigureAwait(false);
        }

        return new ColdStart(LatencyStats.From(process), LatencyStats.From(inside));
    }

    private static T Deserialize<T>(IReadOnlyList<string> output)
    {
        var line = output.LastOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException("The benchmark child printed no result.");
        return JsonSerializer.Deserialize<T>(line[ResultPrefix.Length..]) ?? throw new InvalidOperationException("Empty result from the benchmark child.");
    }

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static double Median(IReadOnlyList<int> values) => values.Count == 0 ? 0 : values.Order().ElementAt(values.Count / 2);

    [LoggerMessage(Level = LogLevel.Information, Message = "Benchmark stage: {Stage}")]
    private partial void LogStage(string stage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Size {Passages} passages, index {IndexPath}")]
    private partial void LogSize(int passages, string indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reusing cached index of {Passages} passages (built in {BuildSeconds:F1} s)")]
    private partial void LogReused(int passages, double buildSeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built index of {Passages} passages in {BuildSeconds:F1} s")]
    private partial void LogBuilt(int passages, double buildSeconds);
}
