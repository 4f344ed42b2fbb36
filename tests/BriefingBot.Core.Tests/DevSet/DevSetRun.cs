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

    private IEnumerable<(DevQuestion Question, Answer Answer)> AboutSpeakers => Results.Where(r => r.Question.AboutSpeaker);

    public int OnTopicCount => OnTopic.Count();

    public int OffTopicCount => OffTopic.Count();

    public int SpeakerCount => AboutSpeakers.Count();

    /// <summary>Share of on-topic questions with an expected passage in the first <paramref name="k"/> (a declined one is a miss).</summary>
    public double RecallAt(int k) => Share(OnTopic, r => FirstHit(r) is { } rank && rank <= k);

    public double Mrr => OnTopic.Any() ? OnTopic.Average(r => FirstHit(r) is { } rank ? 1.0 / rank : 0) : 0;

    /// <summary>Share of on-topic questions that got passages at all, confidently or under the hedge.</summary>
    public double AnswerRate => Share(OnTopic, r => r.Answer.Answered);

    /// <summary>Share of on-topic questions answered under the hedge.</summary>
    public double TentativeRate => Share(OnTopic, r => r.Answer.Outcome == AnswerOutcome.TentativePassages);

    /// <summary>Share of off-topic questions that were declined (a hedged answer is not a decline).</summary>
    public double DeclineRate => Share(OffTopic, r => !r.Answer.Answered);

    /// <summary>Share of questions about a person whose answer holds every passage of that person.</summary>
    public double SpeakerCompleteRate => Share(AboutSpeakers, r => r.Question.Expected.All(id => r.Answer.Passages.Any(p => p.Passage.Id == id)));

    public IEnumerable<string> Misses(int k) =>
        OnTopic.Where(r => FirstHit(r) is not { } rank || rank > k).Select(r => $"{r.Question} → {Describe(r.Answer)}")
            .Concat(AboutSpeakers.Where(r => !r.Question.Expected.All(id => r.Answer.Passages.Any(p => p.Passage.Id == id))).Select(r => $"{r.Question} → incomplete {Describe(r.Answer)}"))
            .Concat(OffTopic.Where(r => r.Answer.Answered).Select(r => $"{r.Question} → answered {Describe(r.Answer)}"));

    public string Summary(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name}: on-topic n={OnTopicCount} R@1={RecallAt(1):F3} R@3={RecallAt(3):F3} MRR={Mrr:F3} answered={AnswerRate:F3} (tentative {TentativeRate:F3}); speaker n={SpeakerCount} complete={SpeakerCompleteRate:F3}; off-topic n={OffTopicCount} declined={DeclineRate:F3}");

    private static int? FirstHit((DevQuestion Question, Answer Answer) r)
    {
        for (var i = 0; i < r.Answer.Passages.Count; i++)
        {
            if (r.Question.Expected.Contains(r.Answer.Passages[i].Passage.Id))
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
        if (answer.Declined is { } reason)
        {
            // Which check or tier turned the question away: a false decline is mended where it was made.
            sb.Append(" (").Append(reason).Append(')');
        }

        if (answer.Speaker is not null)
        {
            sb.Append(" «").Append(answer.Speaker).Append('»');
        }

        foreach (var p in answer.Passages.Take(3))
        {
            sb.Append(' ').Append(p.Passage.Id[^3..]).Append('@').Append(p.Passage.BriefingId[11..]);
        }

        return sb.ToString();
    }
}
