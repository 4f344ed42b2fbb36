using System.Collections.Concurrent;
using System.Diagnostics;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Library;

namespace BriefingBot.Benchmarks.EndToEnd;

/// <summary>
/// What every probe does the same way, whatever the adapter: which questions to ask, how many askers are in flight,
/// where the run stops, and how latencies become a result. A probe supplies only how one question is asked.
/// </summary>
internal static class EndToEndRun
{
    /// <summary>Questions in flight at once: enough to keep both cores busy without queueing for minutes.</summary>
    public const int Concurrency = 16;

    /// <summary>
    /// Asks question after question from <see cref="Concurrency"/> askers until <see cref="EndToEndSettings.MaxQuestions"/>
    /// were asked or <see cref="EndToEndSettings.Duration"/> has passed. <paramref name="askAsync"/> gets the question's
    /// number (unique, from 0) and returns its latency in milliseconds.
    /// </summary>
    public static async Task<EndToEndResult> MeasureAsync(string adapter, EndToEndSettings settings, Func<int, CancellationToken, Task<double>> askAsync, CancellationToken cancellationToken)
    {
        var latencies = new ConcurrentBag<double>();
        var next = -1;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            while (true)
            {
                var i = Interlocked.Increment(ref next);
                if (i >= settings.MaxQuestions || total.Elapsed >= settings.Duration)
                {
                    return;
                }

                latencies.Add(await askAsync(i, cancellationToken).ConfigureAwait(false));
            }
        }).ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = total.Elapsed;

        var sorted = latencies.Order().ToArray();
        return new EndToEndResult(adapter, sorted.Length / elapsed.TotalSeconds, NearestRank(sorted, 0.50), NearestRank(sorted, 0.99), sorted.Length);
    }

    /// <summary>
    /// The bots serve the shipped corpus, not the synthetic index, so the benchmark's ARCD/XQuAD questions would
    /// mostly take the cheap "nothing found" path. Questions about its speakers and section headings instead, kept
    /// only when the core answers them, so every timed reply quotes passages; <paramref name="fallback"/> if none is.
    /// </summary>
    public static IReadOnlyList<string> AnswerableQuestions(BriefingLibrary library, QuestionAnswerer answerer, IReadOnlyList<string> fallback)
    {
        var answerable = library.Catalog.All.SelectMany(b => b.Speakers).Select(s => $"ماذا قال {s}؟")
            .Concat(library.Catalog.All.SelectMany(b => b.Sections))
            .Distinct(StringComparer.Ordinal)
            .Where(q => answerer.Answer(new AnswerRequest(q)).Answered)
            .ToList();
        return answerable.Count > 0 ? answerable : fallback;
    }

    private static double NearestRank(double[] sorted, double percentile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
