using System.Diagnostics;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>How long and how hard to measure one index size.</summary>
public sealed record SpeedSettings(int Queries, TimeSpan ThroughputDuration, int FreshnessRepeats);

/// <summary>
/// Measures one on-disk index the way production uses it: <see cref="PassageIndex.Open"/> over the directory,
/// questions through <see cref="QuestionAnswerer"/>, and the plain BM25 reference on the same files.
/// Meant to run alone in its process so peak memory belongs to this size only.
/// </summary>
public static class SizeBenchmark
{
    /// <summary>The answer pipeline asks for one hit more than it shows, to know whether "more" has anything behind it.</summary>
    private const int PlainTake = 4;

    /// <summary>Long enough for the runtime's background compiler to finish promoting the hot methods it has queued.</summary>
    internal static readonly TimeSpan TieringSettle = TimeSpan.FromMilliseconds(500);

    public static SizeMeasurement Measure(string indexPath, IReadOnlyList<string> queries, IReadOnlyList<string> warmUp, SpeedSettings settings, CancellationToken cancellationToken)
    {
        var parser = new BriefingParser();
        var opened = Stopwatch.GetTimestamp();
        using var index = PassageIndex.Open(indexPath);
        var answerer = ServingAnswerer.Over(index);
        var openMs = Stopwatch.GetElapsedTime(opened).TotalMilliseconds;

        // Warm-up: JIT, tiered compilation and the page cache, so percentiles describe a running service. A fresh
        // process runs methods first as quickly compiled code and recompiles the hot ones in the background; the
        // warm-up's own latencies show what the first questions after a start cost.
        var (warming, _) = Time(warmUp, q => answerer.Answer(new AnswerRequest(q)), cancellationToken);
        Thread.Sleep(TieringSettle);

        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var (full, fullCpu) = Time(queries, q =>
        {
            var outcome = answerer.Answer(new AnswerRequest(q)).Outcome.ToString();
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }, cancellationToken);
        var fullAllocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)queries.Count;
        var (fullQps, fullGcShare) = Throughput(queries, q => answerer.Answer(new AnswerRequest(q)), settings.ThroughputDuration, cancellationToken);
        var stages = Stages(index, queries, cancellationToken);
        var speakerLookup = SpeakerLookup(index, queries, cancellationToken);
        var serving = MemoryProbe.Read();

        double unknownShare;
        LatencyStats plain, plainCpu;
        double plainQps, plainGcShare, plainAllocated;
        string directoryType;
        SearchProfileResult profile;
        using (var bm25 = new PlainBm25Searcher(indexPath))
        {
            directoryType = bm25.DirectoryType;
            foreach (var q in warmUp)
            {
                bm25.Search(index.Analyze(QuestionText.Clean(q)), PlainTake);
            }


            allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            (plain, plainCpu) = Time(queries, q => bm25.Search(index.Analyze(QuestionText.Clean(q)), PlainTake), cancellationToken);
            plainAllocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)queries.Count;
            (plainQps, plainGcShare) = Throughput(queries, q => bm25.Search(index.Analyze(QuestionText.Clean(q)), PlainTake), settings.ThroughputDuration, cancellationToken);
            unknownShare = queries.Count(q => bm25.UnknownTerms(index.Analyze(QuestionText.Clean(q))) > 0) / (double)queries.Count;
            profile = SearchProfile.Run(index, bm25.Reader, queries, cancellationToken);
        }

        var freshness = BriefingToSearchable(index, parser, settings.FreshnessRepeats, cancellationToken);
        return new SizeMeasurement(
            index.PassageCount, directoryType, warming, full, plain, fullCpu, plainCpu, fullQps, plainQps, stages, freshness, serving, MemoryProbe.Read(), outcomes, unknownShare, openMs, profile, speakerLookup,
            new AllocationProfile(fullAllocated, plainAllocated, fullGcShare, plainGcShare));
    }

    /// <summary>Wall time and this thread's CPU time of each question.</summary>
    /// <param name="cpuPerQuestion">When given, each question's CPU time is added to it as one array, in question order.</param>
    internal static (LatencyStats Wall, LatencyStats Cpu) Time(IReadOnlyList<string> queries, Action<string> run, CancellationToken cancellationToken, List<double[]>? cpuPerQuestion = null)
    {
        var wall = new double[queries.Count];
        var cpu = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cpuStarted = ThreadCpuClock.NowMs();
            var started = Stopwatch.GetTimestamp();
            run(queries[i]);
            wall[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            cpu[i] = ThreadCpuClock.NowMs() - cpuStarted;
        }

        cpuPerQuestion?.Add(cpu);
        return (LatencyStats.From(wall), LatencyStats.From(cpu));
    }

    /// <summary>Two threads answering back to back for the duration; questions per second in all, and the share of the run the GC paused them.</summary>
    private static (double QuestionsPerSecond, double GcPauseShare) Throughput(IReadOnlyList<string> queries, Action<string> run, TimeSpan duration, CancellationToken cancellationToken)
    {
        const int threads = 2;
        var counts = new long[threads];
        var pausedBefore = GC.GetTotalPauseDuration();
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var i = t * queries.Count / threads;
            long done = 0;
            while (Stopwatch.GetElapsedTime(started) < duration && !cancellationToken.IsCancellationRequested)
            {
                run(queries[i++ % queries.Count]);
                done++;
            }

            counts[t] = done;
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        var elapsed = Stopwatch.GetElapsedTime(started);
        return (counts.Sum() / elapsed.TotalSeconds, (GC.GetTotalPauseDuration() - pausedBefore) / elapsed);
    }

    /// <summary>The pipeline's stages timed separately over the same questions, in thread CPU time: where the time goes.</summary>
    private static List<StageTiming> Stages(PassageIndex index, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var clean = new List<double>(queries.Count);
        var analyze = new List<double>(queries.Count);
        var speaker = new List<double>(queries.Count);
        var directory = new SpeakerDirectory(index.Speakers());
        var search = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var t0 = ThreadCpuClock.NowMs();
            var cleaned = QuestionText.Clean(q);
            var t1 = ThreadCpuClock.NowMs();
            var analyzed = index.Analyze(cleaned);
            var t2 = ThreadCpuClock.NowMs();
            _ = SpeakerQuestion.Match(cleaned, directory);
            var t3 = ThreadCpuClock.NowMs();
            _ = index.Search(new PassageSearch(analyzed, PlainTake));
            var t4 = ThreadCpuClock.NowMs();
            clean.Add(t1 - t0);
            analyze.Add(t2 - t1);
            speaker.Add(t3 - t2);
            search.Add(t4 - t3);
        }

        return
        [
            Stage("clean question", clean),
            Stage("analyse", analyze),
            Stage("speaker match", speaker),
            Stage("search (expand, query, load, highlight)", search),
        ];

        static StageTiming Stage(string name, List<double> samples)
        {
            var stats = LatencyStats.From(samples);
            return new StageTiming(name, stats.MeanMs, stats.P99Ms);
        }
    }

    /// <summary>
    /// The speaker lookup as the answerer uses it (<see cref="SpeakerDirectory"/>, built once per commit): build cost,
    /// per-question cost and garbage, and whether questions about speakers, misspelt too, find the right one.
    /// </summary>
    private static SpeakerDirectoryResult SpeakerLookup(PassageIndex index, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var speakers = index.Speakers();
        var built = Stopwatch.GetTimestamp();
        var directory = new SpeakerDirectory(speakers);
        var buildMs = Stopwatch.GetElapsedTime(built).TotalMilliseconds;
        var cleanedQueries = queries.Select(QuestionText.Clean).ToList();
        var samples = new List<double>(queries.Count);
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        foreach (var cleaned in cleanedQueries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = Stopwatch.GetTimestamp();
            _ = SpeakerQuestion.Match(cleaned, directory);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)queries.Count;
        int checkedQuestions = 0, found = 0;
        foreach (var (question, speaker) in SpeakerQuestions(speakers))
        {
            checkedQuestions++;
            if (SpeakerQuestion.Match(question, directory) == speaker)
            {
                found++;
            }
        }

        return new SpeakerDirectoryResult(speakers.Count, buildMs, LatencyStats.From(samples), allocated, checkedQuestions, found);
    }

    /// <summary>«ماذا قال …؟» about every few speakers: the name as written, with a letter dropped, and with two letters swapped.</summary>
    private static IEnumerable<(string Question, string Speaker)> SpeakerQuestions(IReadOnlyList<string> speakers)
    {
        var step = Math.Max(1, speakers.Count / 200);
        for (var i = 0; i < speakers.Count; i += step)
        {
            var name = speakers[i];
            var surnameStart = name.LastIndexOf(' ') + 1;
            var middle = surnameStart + ((name.Length - surnameStart) / 2);
            yield return ($"ماذا قال {name}؟", name);
            yield return ($"ماذا قال {name.Remove(middle, 1)}؟", name);
            if (middle + 1 < name.Length)
            {
                yield return ($"ما رأي {name[..middle]}{name[middle + 1]}{name[middle]}{name[(middle + 2)..]}؟", name);
            }
        }
    }

    /// <summary>
    /// The stored seed briefing (≈10 KB) under a fresh id: parse, upsert (commit and refresh), then the first search
    /// restricted to it that finds it. Removed again afterwards so the cached index keeps its content.
    /// </summary>
    private static LatencyStats BriefingToSearchable(PassageIndex index, BriefingParser parser, int repeats, CancellationToken cancellationToken)
    {
        var fingerprint = index.Fingerprint ?? "bench";
        var text = SeedBriefing.Text();
        var samples = new List<double>(repeats);
        for (var i = 0; i < repeats; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = $"bench-fresh-{i}";
            var started = Stopwatch.GetTimestamp();
            var briefing = parser.Parse(text, new BriefingHeader(Id: id));
            index.Upsert(briefing, fingerprint);
            var found = index.Search(new PassageSearch(index.Analyze(briefing.Passages[0].Text), 1, BriefingId: id)).Hits.Count;
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (found == 0)
            {
                throw new InvalidOperationException($"Briefing {id} was not searchable after Upsert returned.");
            }

            index.Remove(id, fingerprint);
        }

        return LatencyStats.From(samples);
    }

}
