using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// The answerer's parts timed one at a time over the same questions, in thread CPU time: cleaning and analysing the
/// question, the speaker match, the search (top 3 + 1, as the answerer asks) and the answer checks on its hits
/// (<see cref="AnswerCheck"/>, which search the index again for a place the question names).
/// </summary>
public static class AnswerStages
{
    private const int Take = 4;

    public static IReadOnlyList<StageTiming> Run(PassageIndex index, IReadOnlyList<string> queries, CancellationToken cancellationToken)
    {
        var directory = new SpeakerDirectory(index.Speakers());
        var analyse = new List<double>(queries.Count);
        var speaker = new List<double>(queries.Count);
        var search = new List<double>(queries.Count);
        var checks = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var t0 = ThreadCpuClock.NowMs();
            var cleaned = QuestionText.Clean(q);
            var analyzed = index.Analyze(cleaned);
            var t1 = ThreadCpuClock.NowMs();
            _ = SpeakerQuestion.Match(cleaned, directory);
            var t2 = ThreadCpuClock.NowMs();
            var result = analyzed.IsEmpty ? PassageSearchResult.Empty : index.Search(new PassageSearch(analyzed, Take));
            var t3 = ThreadCpuClock.NowMs();
            _ = AnswerCheck.Judge(QuestionShape.Of(cleaned), result, index);
            var t4 = ThreadCpuClock.NowMs();
            analyse.Add(t1 - t0);
            speaker.Add(t2 - t1);
            search.Add(t3 - t2);
            checks.Add(t4 - t3);
        }

        // The slowest hundredth of the questions, by the sum of the parts: what the p99 is made of.
        var slowest = Enumerable.Range(0, analyse.Count).OrderByDescending(i => analyse[i] + speaker[i] + search[i] + checks[i]).Take(Math.Max(1, analyse.Count / 100)).ToList();
        return
        [
            Stage("clean and analyse", analyse), Stage("speaker match", speaker), Stage("search (top 4)", search), Stage("answer checks", checks),
            Stage("slowest 1 %: search", [.. slowest.Select(i => search[i])]), Stage("slowest 1 %: answer checks", [.. slowest.Select(i => checks[i])]),
        ];
    }

    private static StageTiming Stage(string name, List<double> samples)
    {
        var stats = LatencyStats.From(samples);
        return new StageTiming(name, stats.MeanMs, stats.P99Ms);
    }
}
