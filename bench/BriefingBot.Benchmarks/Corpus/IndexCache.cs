using System.Diagnostics;
using System.Text.Json;
using BriefingBot.Benchmarks.Speed;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Benchmarks.Corpus;

/// <summary>What a cached index was built from and what building it cost.</summary>
public sealed record IndexBuild(int Passages, int Briefings, double BuildSeconds, long PeakRssBytes, long IndexBytes, DateTimeOffset BuiltAt, bool Compacted = false);

/// <summary>
/// Synthetic indexes on disk under the data folder, keyed by size, seed, analyser and generator version,
/// so a second run reuses a 1M-passage index instead of spending minutes rebuilding it.
/// </summary>
public sealed class IndexCache(string dataDirectory)
{
    private const string BuildFile = "build.json";

    public string PathFor(int passages, int seed, int sourceWords) =>
        Path.Combine(dataDirectory, $"passages-{passages}-s{seed}-w{sourceWords}-{BriefingAnalyzer.Version}-{SyntheticCorpus.GeneratorVersion}");

    /// <summary>The build record of a complete cached index, or null when there is none (or a build was interrupted).</summary>
    public static IndexBuild? Existing(string indexPath)
    {
        var file = Path.Combine(indexPath, BuildFile);
        return File.Exists(file) ? JsonSerializer.Deserialize<IndexBuild>(File.ReadAllText(file)) : null;
    }

    /// <summary>Builds the index from scratch (removing any partial one) and records how long it took.</summary>
    public static IndexBuild Build(string indexPath, IEnumerable<Briefing> briefings, Briefing seedBriefing)
    {
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }

        var started = Stopwatch.GetTimestamp();
        int passages = 0, count = 0;
        using (var index = PassageIndex.Open(indexPath))
        {
            foreach (var briefing in briefings.Append(seedBriefing))
            {
                index.AddUncommitted(briefing);
                passages += briefing.Passages.Count;
                count++;
            }

            // As BriefingLibrary's rebuild leaves it: one segment.
            index.Compact(Fingerprint(indexPath));
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var build = new IndexBuild(passages, count, seconds, MemoryProbe.Read().PeakRssBytes, DirectorySize(indexPath), DateTimeOffset.UtcNow, Compacted: true);
        File.WriteAllText(Path.Combine(indexPath, BuildFile), JsonSerializer.Serialize(build));
        return build;
    }

    /// <summary>
    /// An index cached by an older harness (many segments, as bulk indexing leaves them) is merged into one segment,
    /// as the product's rebuild now leaves it; the merge time is added to its build time.
    /// </summary>
    public static IndexBuild Compact(string indexPath, IndexBuild build)
    {
        if (build.Compacted)
        {
            return build;
        }

        var started = Stopwatch.GetTimestamp();
        using (var index = PassageIndex.Open(indexPath))
        {
            index.Compact(Fingerprint(indexPath));
        }

        var compacted = build with
        {
            BuildSeconds = build.BuildSeconds + Stopwatch.GetElapsedTime(started).TotalSeconds,
            IndexBytes = DirectorySize(indexPath),
            Compacted = true,
        };
        File.WriteAllText(Path.Combine(indexPath, BuildFile), JsonSerializer.Serialize(compacted));
        return compacted;
    }

    public static string Fingerprint(string indexPath) => "bench:" + Path.GetFileName(indexPath);

    public static long DirectorySize(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Where(f => f.Name != BuildFile).Sum(f => f.Length);
}
