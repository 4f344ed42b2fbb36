using System.Globalization;
using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// Calibrates abstention: every (threshold, unknown-word weight) pair is scored on dev questions by balanced
/// accuracy — the mean of the share of on-topic questions answered and the share of off-topic ones declined.
/// Questions about a person never reach the threshold, so they are left out.
/// </summary>
internal sealed class AbstentionSweep
{
    private const double Step = 0.05;

    public static readonly double[] Thresholds = Enumerable.Range(1, 19).Select(i => Math.Round(i * Step, 2)).ToArray();
    public static readonly double[] UnknownWeights = [0.5, 0.75, 1.0, 1.5, 2.0];

    private readonly List<(bool OffTopic, IReadOnlyList<TermMatch> Terms)> _evidence = [];

    public AbstentionSweep(PassageIndex index, IEnumerable<DevQuestion> questions)
    {
        var speakers = index.Speakers();
        foreach (var q in questions)
        {
            var text = QuestionText.Clean(q.Question);
            if (SpeakerQuestion.Match(text, speakers) is not null)
            {
                continue;
            }

            var analyzed = index.Analyze(text);
            var result = index.Search(new PassageSearch(analyzed, 3));
            _evidence.Add((q.Decline, result.Hits.Count == 0 ? [] : result.Terms));
        }
    }

    public double Score(double threshold, double unknownWeight)
    {
        var onTopic = _evidence.Where(e => !e.OffTopic).ToList();
        var offTopic = _evidence.Where(e => e.OffTopic).ToList();
        bool Answers(IReadOnlyList<TermMatch> terms) => terms.Count > 0 && AnswerConfidence.Of(terms, unknownWeight) >= threshold;
        var answered = onTopic.Count(e => Answers(e.Terms)) / (double)Math.Max(1, onTopic.Count);
        var declined = offTopic.Count(e => !Answers(e.Terms)) / (double)Math.Max(1, offTopic.Count);
        return (answered + declined) / 2;
    }

    /// <summary>
    /// The score of a setting averaged with its neighbouring thresholds: on a few dozen questions single points
    /// are jagged, and a threshold in the middle of a good range generalises better than a lucky spike.
    /// </summary>
    public double Smoothed(double threshold, double unknownWeight) =>
        new[] { threshold - Step, threshold, threshold + Step }.Average(t => Score(Math.Clamp(t, 0, 1), unknownWeight));

    public (double Threshold, double UnknownWeight) Best =>
        UnknownWeights.SelectMany(u => Thresholds.Select(t => (t, u))).MaxBy(p => Smoothed(p.t, p.u));

    public string Table()
    {
        var sb = new StringBuilder("threshold");
        foreach (var u in UnknownWeights)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | u={u}");
        }

        sb.AppendLine();
        foreach (var t in Thresholds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t:F2}");
            foreach (var u in UnknownWeights)
            {
                sb.Append(CultureInfo.InvariantCulture, $" | {Score(t, u):F3} ({Smoothed(t, u):F3})");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}
