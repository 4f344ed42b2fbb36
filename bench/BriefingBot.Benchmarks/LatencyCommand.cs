using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Benchmarks.Speed;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.WarmUp;
using BriefingBot.Core.Search;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <c>latency</c>: only the full pipeline's CPU time at one cached size, in several rounds over the same questions, with
/// the answerer's own parts timed apart (<see cref="AnswerStages"/>): for comparing two builds of the core back to back
/// in minutes, where the full run takes the better part of an hour. <c>--answers FILE</c> writes every answer
/// (outcome, passages, scores) so two builds can be shown to answer alike; <c>--loop-seconds</c> keeps answering for a
/// sampling profiler (<c>dotnet-trace collect -- …</c>).
/// </summary>
public static class LatencyCommand
{
    public static Command Create()
    {
        var shared = new Option<string?>("--shared") { Description = "Folder with arcd/ and xquad-ar/ (default ../shared/bench beside the repository)." };
        var data = new Option<string?>("--data") { Description = "Folder of the cached indexes (default bench/.data); the index must exist (a full run builds it)." };
        var size = new Option<int?>("--size") { Description = "Index size in passages (default 100000)." };
        var queries = new Option<int?>("--queries") { Description = "Timed questions (default 1000)." };
        var rounds = new Option<int?>("--rounds") { Description = "Timed rounds over the same questions (default 3)." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the corpus and the question sample." };
        var answers = new Option<string?>("--answers") { Description = "Write every answer of the timed questions to this file." };
        var loop = new Option<int?>("--loop-seconds") { Description = "After timing, answer the questions over and over for this long (for a profiler)." };
        var slowest = new Option<int?>("--loop-slowest") { Description = "Loop over only this percentage of the questions, the slowest (what the p99 is made of)." };
        var list = new Option<int?>("--list-slowest") { Description = "Print this many of the first round's slowest questions with their CPU time at first sight and when asked again." };
        var warmUpMode = new Option<string?>("--warm-up")
        {
            Description = "Before timing: 'bench' (default) answers the 1,000 warm-up questions and lets tiering settle; 'host' runs the host's warm-up (Search:WarmUp defaults) as a bot does at start; 'none' times a cold process.",
        };
        warmUpMode.AcceptOnlyFromAmong("bench", "host", "none");
        var warmUpQuestions = new Option<int?>("--warm-up-questions") { Description = "With --warm-up host: this many questions (Search:WarmUp:Questions), with no time bound." };
        var command = new Command("latency", "Full pipeline CPU time per question at one cached size, in rounds, and where it goes.")
        {
            shared, data, size, queries, rounds, seed, answers, loop, slowest, list, warmUpMode, warmUpQuestions,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cwd = Directory.GetCurrentDirectory();
            var defaults = BenchmarkSettings.Create(BenchmarkSettings.FindRepositoryRoot(cwd), quick: false);
            var sharedDirectory = Full(parse.GetValue(shared), cwd) ?? defaults.SharedDirectory;
            var dataDirectory = Full(parse.GetValue(data), cwd) ?? defaults.DataDirectory;
            var seedValue = parse.GetValue(seed) ?? defaults.Seed;
            var corpus = await SharedBenchmarks.LoadAsync(sharedDirectory, cancellationToken).ConfigureAwait(false);
            var model = WordModel.FromPassages(corpus.PassageTexts());
            var timed = QuerySample.Draw(corpus.Questions(), parse.GetValue(queries) ?? defaults.Queries, seedValue);
            var warmUp = QuerySample.WarmUp(corpus.Questions(), timed, defaults.WarmUpQuestions, seedValue);
            var indexPath = new IndexCache(dataDirectory).PathFor(parse.GetValue(size) ?? 100_000, seedValue, model.SourceWords);
            if (IndexCache.Existing(indexPath) is null)
            {
                Console.Error.WriteLine($"No cached index at {indexPath}: a full run (--sizes N --data {dataDirectory}) builds it.");
                return 1;
            }

            var mode = parse.GetValue(warmUpMode) ?? "bench";
            var opened = ThreadCpuClock.NowMs();
            using var index = PassageIndex.Open(indexPath);
            var answerer = ServingAnswerer.Over(index);
            var before = mode switch
            {
                "none" => "no warm-up (a cold process)",
                "host" => HostWarmUp(index, answerer, parse.GetValue(warmUpQuestions), ThreadCpuClock.NowMs() - opened),
                _ => BenchWarmUp(answerer, warmUp),
            };

            Console.WriteLine($"{index.PassageCount} passages, {timed.Count} questions, {ServiceRuntime.Gen0BudgetVariable}={Environment.GetEnvironmentVariable(ServiceRuntime.Gen0BudgetVariable) ?? "(unset)"}; before timing: {before}");
            var perQuestion = new List<double[]>();
            for (var round = 1; round <= (parse.GetValue(rounds) ?? 3); round++)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var (gen0, paused) = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
                var (wall, cpu) = SizeBenchmark.Time(timed, q => answerer.Answer(new AnswerRequest(q)), cancellationToken, perQuestion);
                var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / timed.Count;
                Console.WriteLine(Invariant($"round {round}: full pipeline CPU mean {cpu.MeanMs:F3} p50 {cpu.P50Ms:F3} p95 {cpu.P95Ms:F3} p99 {cpu.P99Ms:F3} max {cpu.MaxMs:F1} ms, {kb:F0} KB/question"));

                // Wall beside CPU: the bench's target is read in wall time, which on a shared machine also counts waiting for a core.
                Console.WriteLine(Invariant($"round {round}: full pipeline wall mean {wall.MeanMs:F3} p50 {wall.P50Ms:F3} p95 {wall.P95Ms:F3} p99 {wall.P99Ms:F3} max {wall.MaxMs:F1} ms, {GC.CollectionCount(0) - gen0} gen0 GCs pausing {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1} ms"));
            }

            if (parse.GetValue(list) is > 0 and var listed && perQuestion.Count > 0)
            {
                // First sight is what a full run's single timed pass sees; a later round shows what the per-reader caches save.
                foreach (var i in Enumerable.Range(0, timed.Count).OrderByDescending(i => perQuestion[0][i]).Take(listed))
                {
                    Console.WriteLine(Invariant($"  slow {perQuestion[0][i],7:F2} ms (again {perQuestion[^1][i]:F2})  {timed[i]}"));
                }
            }

            foreach (var stage in AnswerStages.Run(index, timed, cancellationToken))
            {
                Console.WriteLine(Invariant($"  {stage.Stage,-48} mean {stage.MeanMs:F3} p99 {stage.P99Ms:F3}"));
            }

            if (parse.GetValue(answers) is { } answersFile)
            {
                await File.WriteAllLinesAsync(Full(answersFile, cwd)!, timed.Select(q => Describe(q, answerer.Answer(new AnswerRequest(q)))), cancellationToken).ConfigureAwait(false);
            }

            if (parse.GetValue(loop) is > 0 and var seconds)
            {
                var looped = timed;
                if (parse.GetValue(slowest) is > 0 and var percent)
                {
                    var cpu = timed.Select(q =>
                    {
                        var started = ThreadCpuClock.NowMs();
                        answerer.Answer(new AnswerRequest(q));
                        return ThreadCpuClock.NowMs() - started;
                    }).ToList();
                    looped = [.. Enumerable.Range(0, timed.Count).OrderByDescending(i => cpu[i]).Take(Math.Max(1, timed.Count * percent / 100)).Select(i => timed[i])];
                }

                var until = DateTime.UtcNow.AddSeconds(seconds);
                var cpuStarted = ThreadCpuClock.NowMs();
                var answered = 0;
                for (; DateTime.UtcNow < until; answered++)
                {
                    answerer.Answer(new AnswerRequest(looped[answered % looped.Count]));
                }

                Console.WriteLine(Invariant($"loop: {answered} answers of {looped.Count} questions, CPU mean {(ThreadCpuClock.NowMs() - cpuStarted) / answered:F3} ms"));
            }

            return 0;
        });
        return command;
    }

    private static string BenchWarmUp(QuestionAnswerer answerer, IReadOnlyList<string> questions)
    {
        foreach (var q in questions)
        {
            answerer.Answer(new AnswerRequest(q));
        }

        Thread.Sleep(SizeBenchmark.TieringSettle);
        return Invariant($"the bench's {questions.Count} warm-up questions and {SizeBenchmark.TieringSettle.TotalMilliseconds:F0} ms for tiering");
    }

    /// <summary>What the host does once it has opened the index, before its platforms take questions (<see cref="AnswerWarmUp"/>).</summary>
    private static string HostWarmUp(PassageIndex index, QuestionAnswerer answerer, int? questions, double openCpuMs)
    {
        var started = ThreadCpuClock.NowMs();
        var settings = questions is { } count ? new WarmUpOptions { Questions = count, MaxDuration = TimeSpan.FromMinutes(10) } : new WarmUpOptions();
        var run = new AnswerWarmUp(answerer, index, new IndexWarmUpQuestions(index), Options.Create(settings), NullLogger<AnswerWarmUp>.Instance)
            .RunAtStart(CancellationToken.None);
        return run is null
            ? "the host's warm-up (did not run)"
            : Invariant($"the host's warm-up, {run.Answered} of {run.Questions} questions in {run.Elapsed.TotalMilliseconds:F0} ms wall, {ThreadCpuClock.NowMs() - started:F0} ms CPU (opening the index: {openCpuMs:F0} ms CPU)");
    }

    /// <summary>One answer as a line: the question, outcome, decline reason, and each passage with its score and highlights.</summary>
    private static string Describe(string question, Answer answer)
    {
        var text = new StringBuilder();
        text.Append(JsonSerializer.Serialize(question)).Append('\t').Append(answer.Outcome).Append('\t').Append(answer.Declined?.ToString() ?? "-");
        text.Append('\t').Append(answer.Confidence.ToString("R", CultureInfo.InvariantCulture)).Append('\t').Append(answer.HasMore);
        foreach (var p in answer.Passages)
        {
            text.Append('\t').Append(p.Passage.Id)
                .Append('@').Append(p.Score.ToString("R", CultureInfo.InvariantCulture))
                .Append('[').AppendJoin(',', p.Highlights.Select(h => h.Start + ":" + h.Length)).Append(']');
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string? Full(string? path, string workingDirectory) => path is null ? null : Path.GetFullPath(path, workingDirectory);
}
