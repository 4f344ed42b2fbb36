using System.Diagnostics;
using System.Globalization;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>How many communities, briefings each and passages per briefing the community benchmark indexes.</summary>
public sealed record CommunityShape(int Communities, int BriefingsPerCommunity, int PassagesPerBriefing)
{
    public static readonly CommunityShape Default = new(1_000, 30, 4);

    public int Passages => Communities * BriefingsPerCommunity * PassagesPerBriefing;
}

/// <summary>What serving many communities from one index costs: scoped vs unscoped questions, and freshness in a community.</summary>
public sealed record CommunityMeasurement(
    CommunityShape Shape,
    int Passages,
    double BuildSeconds,
    bool BuiltThisRun,
    int Questions,
    LatencyStats Scoped,
    LatencyStats ScopedCpu,
    LatencyStats Unscoped,
    LatencyStats UnscopedCpu,
    int ScopedAnswered,
    int UnscopedAnswered,
    LatencyStats Freshness,
    int ForeignPassages)
{
    /// <summary>Over the questions answered with passages both ways, so both load and highlight hits: scoped, unscoped (CPU).</summary>
    public LatencyStats? BothAnsweredScopedCpu { get; init; }

    public LatencyStats? BothAnsweredUnscopedCpu { get; init; }

    /// <summary>The search step alone (<c>PassageIndex.Search</c>, top 4, same analysed question): scoped, unscoped (CPU).</summary>
    public LatencyStats? SearchScopedCpu { get; init; }

    public LatencyStats? SearchUnscopedCpu { get; init; }

    /// <summary>The 1-minute load average at the start and the end of the measurement (a shared machine).</summary>
    public string? LoadAverage { get; init; }
}

/// <summary>
/// 1,000 communities × 30 briefings in one Lucene index with the product's untokenised <c>community</c> field. Every
/// timed question is asked twice, alternately: inside a random community (its briefings plus the shared ones, as a chat
/// of that community asks) and unscoped (every briefing, as the operator's <c>ask</c>); the difference is the cost of
/// the filter. A new briefing posted into a community is timed until a search inside that community finds it. Every
/// passage a scoped answer returns is checked to belong to that community or be shared.
/// </summary>
public static class CommunityBenchmark
{
    /// <summary>Bumped whenever generation changes, so cached indexes built by an older generator are rebuilt.</summary>
    public const string GeneratorVersion = "com1";

    private const int SpeakerEvery = 3;
    private static readonly TimeSpan TieringSettle = TimeSpan.FromMilliseconds(500);
    private static readonly DateOnly FirstDate = new(2020, 1, 1);

    public static string PathFor(string dataDirectory, CommunityShape shape, int seed, int sourceWords) =>
        Path.Combine(dataDirectory, $"communities-{shape.Communities}x{shape.BriefingsPerCommunity}x{shape.PassagesPerBriefing}-s{seed}-w{sourceWords}-{BriefingAnalyzer.Version}-{GeneratorVersion}");

    public static string CommunityId(int community) => "bench-" + community.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Builds the index unless a complete one is cached; returns its build record and whether it was built now.</summary>
    public static (IndexBuild Build, bool Built) Ensure(string indexPath, CommunityShape shape, WordModel model, int seed)
    {
        if (IndexCache.Existing(indexPath) is { } existing)
        {
            return (existing, false);
        }

        var seedBriefing = SeedBriefing.Parse(new BriefingParser());
        return (IndexCache.Build(indexPath, Briefings(model, seed, shape), seedBriefing), true);
    }

    /// <summary>The communities' briefings, deterministic for a seed: each community posts its own, dated one a day.</summary>
    public static IEnumerable<Briefing> Briefings(WordModel model, int seed, CommunityShape shape)
    {
        var random = new Random(seed ^ 0xC0);
        var speakers = new SyntheticCorpus(model, seed).SpeakerPool(Math.Max(10, shape.Communities));
        for (var c = 0; c < shape.Communities; c++)
        {
            var community = CommunityId(c);
            for (var b = 0; b < shape.BriefingsPerCommunity; b++)
            {
                var id = $"{community}-b{b:D2}";
                var date = FirstDate.AddDays(b);
                var title = model.NextText(random, 5);
                var section = model.NextText(random, 3 + random.Next(3));
                var passages = new List<Passage>(shape.PassagesPerBriefing);
                for (var p = 0; p < shape.PassagesPerBriefing; p++)
                {
                    var speaker = random.Next(SpeakerEvery) == 0 ? speakers[random.Next(speakers.Count)] : null;
                    passages.Add(new Passage($"{id}#{p + 1:D3}", id, title, date, section, p + 1, model.NextText(random, model.NextPassageLength(random)), speaker));
                }

                yield return new Briefing(id, title, date, "synthetic", [section], passages, id) { Community = community };
            }
        }
    }

    public static CommunityMeasurement Measure(
        string indexPath,
        CommunityShape shape,
        (IndexBuild Build, bool Built) build,
        IReadOnlyList<string> queries,
        IReadOnlyList<string> warmUp,
        int freshnessRepeats,
        int seed,
        CancellationToken cancellationToken)
    {
        using var index = PassageIndex.Open(indexPath);
        var answerer = ServingAnswerer.Over(index);
        var random = new Random(seed);
        var foreign = 0;

        foreach (var q in warmUp)
        {
            cancellationToken.ThrowIfCancellationRequested();
            answerer.Answer(new AnswerRequest(q) { Scope = new SearchScope(CommunityId(random.Next(shape.Communities))) });
            answerer.Answer(new AnswerRequest(q));
        }

        Thread.Sleep(TieringSettle);
        var loadAtStart = LoadAverage();
        var bothScoped = new List<double>();
        var bothUnscoped = new List<double>();
        var searchScoped = new List<double>(queries.Count);
        var searchUnscoped = new List<double>(queries.Count);
        var scoped = new List<double>(queries.Count);
        var scopedCpu = new List<double>(queries.Count);
        var unscoped = new List<double>(queries.Count);
        var unscopedCpu = new List<double>(queries.Count);
        int scopedAnswered = 0, unscopedAnswered = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var community = CommunityId(random.Next(shape.Communities));
            var request = new AnswerRequest(queries[i]);
            var answered = new bool[2];
            var cpus = new double[2];

            // Alternating which goes first, so neither pays for the other's cache misses on a noisy shared machine.
            for (var turn = 0; turn < 2; turn++)
            {
                var inCommunity = (turn == 0) == (i % 2 == 0);
                var cpu = ThreadCpuClock.NowMs();
                var started = Stopwatch.GetTimestamp();
                var answer = answerer.Answer(inCommunity ? request with { Scope = new SearchScope(community) } : request);
                var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var cpuMs = ThreadCpuClock.NowMs() - cpu;
                answered[inCommunity ? 0 : 1] = answer.Answered;
                cpus[inCommunity ? 0 : 1] = cpuMs;
                if (inCommunity)
                {
                    scoped.Add(wall);
                    scopedCpu.Add(cpuMs);
                    scopedAnswered += answer.Answered ? 1 : 0;
                    foreign += answer.Passages.Count(p => !BelongsTo(p.Passage.BriefingId, community));
                }
                else
                {
                    unscoped.Add(wall);
                    unscopedCpu.Add(cpuMs);
                    unscopedAnswered += answer.Answered ? 1 : 0;
                }
            }

            if (answered[0] && answered[1])
            {
                bothScoped.Add(cpus[0]);
                bothUnscoped.Add(cpus[1]);
            }

            // The search step alone, the same analysed question with and without the filter.
            var analyzed = index.Analyze(QuestionText.Clean(queries[i]));
            for (var turn = 0; turn < 2; turn++)
            {
                var inCommunity = (turn == 0) == (i % 2 == 0);
                var search = new PassageSearch(analyzed, 4) { Scope = inCommunity ? new SearchScope(community) : null };
                var cpu = ThreadCpuClock.NowMs();
                index.Search(search);
                (inCommunity ? searchScoped : searchUnscoped).Add(ThreadCpuClock.NowMs() - cpu);
            }
        }

        var (freshness, freshForeign) = BriefingToSearchableInItsCommunity(index, shape, freshnessRepeats, random, cancellationToken);
        return new CommunityMeasurement(
            shape,
            build.Build.Passages,
            build.Build.BuildSeconds,
            build.Built,
            queries.Count,
            LatencyStats.From(scoped),
            LatencyStats.From(scopedCpu),
            LatencyStats.From(unscoped),
            LatencyStats.From(unscopedCpu),
            scopedAnswered,
            unscopedAnswered,
            freshness,
            foreign + freshForeign)
        {
            BothAnsweredScopedCpu = LatencyStats.From(bothScoped),
            BothAnsweredUnscopedCpu = LatencyStats.From(bothUnscoped),
            SearchScopedCpu = LatencyStats.From(searchScoped),
            SearchUnscopedCpu = LatencyStats.From(searchUnscoped),
            LoadAverage = loadAtStart + " / " + LoadAverage(),
        };
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    /// <summary>
    /// The seed briefing (≈11 KB) posted into a random community under a fresh id: parse, upsert (commit and refresh),
    /// then the first search inside that community that finds it. Also checked: a search inside another community does
    /// not. Removed again so the cached index keeps its content.
    /// </summary>
    private static (LatencyStats Latency, int Foreign) BriefingToSearchableInItsCommunity(PassageIndex index, CommunityShape shape, int repeats, Random random, CancellationToken cancellationToken)
    {
        var fingerprint = index.Fingerprint ?? "bench";
        var parser = new BriefingParser();
        var text = SeedBriefing.Text();
        var samples = new List<double>(repeats);
        var foreign = 0;
        for (var i = 0; i < repeats; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = $"bench-fresh-{i}";
            var community = CommunityId(random.Next(shape.Communities));
            var other = CommunityId((random.Next(shape.Communities - 1) + 1 + int.Parse(community[6..], CultureInfo.InvariantCulture)) % shape.Communities);
            var started = Stopwatch.GetTimestamp();
            var briefing = parser.Parse(text, new BriefingHeader(Id: id)) with { Community = community };
            index.Upsert(briefing, fingerprint);
            var terms = index.Analyze(briefing.Passages[0].Text);
            var found = index.Search(new PassageSearch(terms, 1, BriefingId: id) { Scope = new SearchScope(community) }).Hits.Count;
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (found == 0)
            {
                throw new InvalidOperationException($"Briefing {id} was not searchable in {community} after Upsert returned.");
            }

            foreign += shape.Communities > 1 ? index.Search(new PassageSearch(terms, 1, BriefingId: id) { Scope = new SearchScope(other) }).Hits.Count : 0;
            index.Remove(id, fingerprint);
        }

        return (LatencyStats.From(samples), foreign);
    }

    /// <summary>Benchmark ids carry their community (<c>bench-0042-b07</c>); anything else is the shared seed briefing.</summary>
    private static bool BelongsTo(string briefingId, string community) =>
        !briefingId.StartsWith("bench-", StringComparison.Ordinal) || briefingId.StartsWith(community + "-", StringComparison.Ordinal);
}
