using System.Globalization;
using System.Text;
using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>How the answerer did on a set of dev questions.</summary>
internal sealed record DevSetRun(IReadOnlyList<(DevQuestion Question, Answer Answer)> Results)
{
    public static DevSetRun Of(QuestionAnswerer answerer, IEnumerable<DevQuestion> questions) =>
        new(questions.Select(q => (q, answerer.Answer(new AnswerRequest(q.Question)))).ToList());

    private IEnumerable<(DevQuestion Question, Answer Answer)> OnTopic => Results.Where(r => !r.Question.Decline);

    private IEnumerable<(DevQuestion Question, Answer Answer)> OffTopic => Results.Where(r => r.Question.Decline);

    public int OnTopicCount => OnTopic.Count();

    public int OffTopicCount => OffTopic.Count();

    /// <summary>Share of on-topic questions with an expected passage in the first <paramref name="k"/> (a declined one is a miss).</summary>
    public double RecallAt(int k) => Share(OnTopic, r => FirstHit(r) is { } rank && rank <= k);

    public double Mrr => OnTopic.Any() ? OnTopic.Average(r => FirstHit(r) is { } rank ? 1.0 / rank : 0) : 0;

    /// <summary>Share of on-topic questions that got passages at all.</summary>
    public double AnswerRate => Share(OnTopic, r => r.Answer.Answered);

    /// <summary>Share of off-topic questions that were declined.</summary>
    public double DeclineRate => Share(OffTopic, r => !r.Answer.Answered);

    public IEnumerable<string> Misses(int k) =>
        OnTopic.Where(r => FirstHit(r) is not { } rank || rank > k).Select(r => $"{r.Question} → {Describe(r.Answer)}")
            .Concat(OffTopic.Where(r => r.Answer.Answered).Select(r => $"{r.Question} → answered {Describe(r.Answer)}"));

    public string Summary(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name}: on-topic n={OnTopicCount} R@1={RecallAt(1):F3} R@3={RecallAt(3):F3} MRR={Mrr:F3} answered={AnswerRate:F3}; off-topic n={OffTopicCount} declined={DeclineRate:F3}");

    private static int? FirstHit((DevQuestion Question, Answer Answer) r)
    {
        var expected = r.Question.Expected ?? [];
        for (var i = 0; i < r.Answer.Passages.Count; i++)
        {
            if (expected.Contains(r.Answer.Passages[i].Passage.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static double Share<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var list = items.ToList();
        return list.Count == 0 ? 1 : list.Count(predicate) / (double)list.Count;
    }

    private static string Describe(Answer answer)
    {
        var sb = new StringBuilder(answer.Outcome.ToString());
        foreach (var p in answer.Passages.Take(3))
        {
            sb.Append(' ').Append(p.Passage.Ordinal);
        }

        return sb.ToString();
    }
}
