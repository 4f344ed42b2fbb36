using System.Diagnostics;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Options;
using Directory = System.IO.Directory;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>What building one size cost, side by side: plain Lucene, the product's rebuild on one thread and on every core, and a rebuild while answering.</summary>
public sealed record BuildMeasurement(
    int Passages,
    BuildCost PlainLucene,
    BuildCost? ProductOneThread,
    BuildCost Product,
    RebuildWhileAnswering? Rebuild,
    AnalysisCost Analysis);

/// <summary>
/// One thread's CPU time per passage to analyse its text (µs): the product's word and pair chains each on its own (how
/// a passage was analysed before, twice), both fields as the product indexes them now (the word chain once, its tokens
/// replayed into the word field and through the pair filter), and plain ArabicAnalyzer.
/// </summary>
public sealed record AnalysisCost(int Sampled, double WordsMicros, double ArabicMicros);

/// <summary>Wall and process CPU time of one build, the part of it spent merging into one segment, and the index size.</summary>
public sealed record BuildCost(double Seconds, double CpuSeconds, double MergeSeconds, long Bytes, int Threads)
{
    public double PassagesPerSecond(int passages) => Seconds > 0 ? passages / Seconds : 0;
}

/// <summary>
/// A rebuild with the old index answering meanwhile: time from opening the index (as a start does) to the first
/// answer, how many questions were answered during the rebuild and how many failed (an exception or no index to answer from).
/// </summary>
public sealed record RebuildWhileAnswering(double RebuildSeconds, double FirstAnswerMs, int Answered, int Errors, double AnswersPerSecond);

/// <summary>
/// Index build time at each size: plain Lucene.Net (ArabicAnalyzer, BM25, the text stored, the same synthetic
/// passages, the same threads, merged into one segment) beside the product's rebuild (<see cref="PassageIndex.Rebuild"/>:
/// text, word pairs, section, speaker, doc values, merged into one segment), in one process, one after the other.
/// </summary>
public static class BuildBenchmark
{
    /// <param name="sideBySideOnly">Only plain Lucene and the product on every core: the one-thread build and the rebuild while answering are left out (a loaded machine, a large size).</param>
    public static BuildMeasurement Measure(string workDirectory, WordModel model, int size, int seed, IReadOnlyList<string> questions, Action<string> log, bool sideBySideOnly = false)
    {
        var seedBriefing = SeedBriefing.Parse(new BriefingParser());
        IEnumerable<Briefing> Briefings() => new SyntheticCorpus(model, seed).Briefings(Math.Max(0, size - seedBriefing.Passages.Count)).Append(seedBriefing);
        var passages = Briefings().Sum(b => b.Passages.Count);

        var root = Path.Combine(workDirectory, $"build-{size}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            log($"{size}: plain Lucene");
            var plain = PlainLucene(Path.Combine(root, "plain"), Briefings(), Environment.ProcessorCount);
            BuildCost? one = null;
            if (!sideBySideOnly)
            {
                log($"{size}: product, one thread");
                one = Product(Path.Combine(root, "one"), Briefings(), threads: 1);
                Directory.Delete(Path.Combine(root, "one"), recursive: true);
            }

            log($"{size}: product, every core");
            var product = Product(Path.Combine(root, "product"), Briefings(), Environment.ProcessorCount);
            RebuildWhileAnswering? rebuild = null;
            if (!sideBySideOnly)
            {
                log($"{size}: rebuild while answering");
                rebuild = WhileAnswering(Path.Combine(root, "product"), Briefings(), seedBriefing, questions);
            }

            log($"{size}: analysis alone");
            var analysis = Analysis(Briefings().SelectMany(b => b.Passages).Take(20_000).Select(p => p.Text).ToList());
            return new BuildMeasurement(passages, plain, one, product, rebuild, analysis);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static BuildCost PlainLucene(string path, IEnumerable<Briefing> briefings, int threads)
    {
        var (wall, cpu) = Start();
        double merge;
        using (var directory = FSDirectory.Open(path))
        using (var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE }))
        {
            Parallel.ForEach(briefings, new ParallelOptions { MaxDegreeOfParallelism = threads }, briefing =>
                writer.AddDocuments(briefing.Passages.Select(p => new Document
                {
                    new StringField("id", p.Id, Field.Store.YES),
                    new TextField("text", p.Text, Field.Store.YES),
                }).ToList()));
            var merging = Stopwatch.GetTimestamp();
            writer.ForceMerge(1);
            writer.Commit();
            merge = Stopwatch.GetElapsedTime(merging).TotalSeconds;
        }

        return new BuildCost(Stopwatch.GetElapsedTime(wall).TotalSeconds, CpuSeconds() - cpu, merge, Size(path), threads);
    }

    private static BuildCost Product(string path, IEnumerable<Briefing> briefings, int threads)
    {
        var (wall, cpu) = Start();
        double merge;
        using (var index = PassageIndex.Open(path))
        {
            index.BuildThreads = threads;
            var rebuild = index.BeginRebuild(0);
            using var watch = new MergeWatch(rebuild);
            index.Build(rebuild, briefings, CancellationToken.None);
            index.CompleteRebuild(rebuild, "bench");
            merge = watch.SecondsSinceMergeStarted();
        }

        return new BuildCost(Stopwatch.GetElapsedTime(wall).TotalSeconds, CpuSeconds() - cpu, merge, Size(path), threads);
    }

    /// <summary>Opens the index as a start does, rebuilds it in the background and answers questions from the old one until the switch.</summary>
    private static RebuildWhileAnswering WhileAnswering(string path, IEnumerable<Briefing> briefings, Briefing latest, IReadOnlyList<string> questions)
    {
        var started = Stopwatch.GetTimestamp();
        using var index = PassageIndex.Open(path);
        var catalog = new BriefingCatalog();
        catalog.Replace([latest]);
        var answerer = new QuestionAnswerer(index, catalog, Options.Create(new AnsweringOptions()));
        var rebuild = index.BeginRebuild(0);
        var building = Task.Factory.StartNew(() => index.Build(rebuild, briefings, CancellationToken.None), TaskCreationOptions.LongRunning);
        double firstAnswerMs = -1;
        int answered = 0, errors = 0;
        var answering = Stopwatch.GetTimestamp();
        for (var i = 0; !building.IsCompleted; i++)
        {
            try
            {
                var answer = answerer.Answer(new AnswerRequest(questions[i % questions.Count]));
                if (answer.Outcome == AnswerOutcome.IndexBuilding)
                {
                    errors++;
                    continue;
                }

                answered++;
                if (firstAnswerMs < 0)
                {
                    firstAnswerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                }
            }
            catch (Exception)
            {
                errors++;
            }
        }

        var answeringSeconds = Stopwatch.GetElapsedTime(answering).TotalSeconds;
        building.GetAwaiter().GetResult();
        index.CompleteRebuild(rebuild, "bench-2");
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return new RebuildWhileAnswering(seconds, firstAnswerMs, answered, errors, answeringSeconds > 0 ? answered / answeringSeconds : 0);
    }

    private static AnalysisCost Analysis(IReadOnlyList<string> texts)
    {
        using var words = new BriefingBot.Core.Search.Analysis.BriefingAnalyzer();
        using var arabic = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
        double Micros(Action<string> analyse)
        {
            analyse(texts[0]);
            var cpu = ThreadCpuClock.NowMs();
            foreach (var text in texts)
            {
                analyse(text);
            }

            return (ThreadCpuClock.NowMs() - cpu) * 1000 / texts.Count;
        }

        return new AnalysisCost(texts.Count, Micros(t => Consume(words, t)), Micros(t => Consume(arabic, t)));
    }

    private static void Consume(Lucene.Net.Analysis.Analyzer analyzer, string text) => Drain(analyzer.GetTokenStream("text", text));

    private static void Drain(Lucene.Net.Analysis.TokenStream tokens)
    {
        using var stream = tokens;
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }

    private static (long Wall, double Cpu) Start()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return (Stopwatch.GetTimestamp(), CpuSeconds());
    }

    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static long Size(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    /// <summary>Notes when a rebuild starts merging, polling its progress.</summary>
    private sealed class MergeWatch : IDisposable
    {
        private readonly Timer _timer;
        private long _mergeStarted;

        public MergeWatch(IndexRebuild rebuild) =>
            _timer = new Timer(_ =>
            {
                if (rebuild.Progress.Merging)
                {
                    Interlocked.CompareExchange(ref _mergeStarted, Stopwatch.GetTimestamp(), 0);
                }
            }, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(10));

        public double SecondsSinceMergeStarted()
        {
            var started = Interlocked.Read(ref _mergeStarted);
            return started == 0 ? 0 : Stopwatch.GetElapsedTime(started).TotalSeconds;
        }

        public void Dispose() => _timer.Dispose();
    }
}
