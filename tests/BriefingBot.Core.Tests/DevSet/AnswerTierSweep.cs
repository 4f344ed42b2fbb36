using System.Globalization;
using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// Calibrates the answer tiers on dev questions, with the answer checks (<see cref="AnswerCheck"/>) applied first: a
/// question they decline reaches no threshold. The tentative threshold is the line between answering and declining:
/// the one with the best balanced accuracy — the mean of the share of on-topic questions it answers and the share of
/// off-topic ones it declines — averaged with its neighbours. Above it, the confident threshold is the lowest from which
/// the answers are right (one of the three passages shown answers the question; an off-topic question answered counts
/// as wrong) at least <see cref="ConfidentPrecision"/> of the time, so the hedge marks the answers that are often wrong.
/// Questions about a person never reach the thresholds, so they are left out.
/// </summary>
internal sealed class AnswerTierSweep
{
    private const double Step = 0.05;

    /// <summary>How often a confident answer must show an answering passage.</summary>
    public const double ConfidentPrecision = 0.95;

    public static readonly double[] Thresholds = Enumerable.Range(1, 19).Select(i => Math.Round(i * Step, 2)).ToArray();
    public static readonly double[] UnknownWeights = [0.5, 0.75, 1.0, 1.5, 2.0];

    private readonly List<Evidence> _evidence = [];

    public AnswerTierSweep(PassageIndex index, SpeakerDirectory speakers, SpeakerRoster roster, IEnumerable<DevQuestion> questions)
    {
        foreach (var q in questions)
        {
            var text = QuestionText.Clean(q.Question);
            if (SpeakerQuestion.Match(text, speakers, roster) is not null)
            {
                continue;
            }

            var analyzed = index.Analyze(text);
            var result = analyzed.IsEmpty ? PassageSearchResult.Empty : index.Search(new PassageSearch(analyzed, AnswerCheck.Depth));
            var hits = result.Hits;
            var repeatsHeading = result.RepeatsHeading && hits.Count > 0;
            var check = repeatsHeading ? null : AnswerCheck.Judge(QuestionShape.Of(text), result, index);
            if (check is DeclineReason.NoNumber or DeclineReason.NoTime && QuestionAnswerer.FactFurtherDown(index, analyzed, check.Value, null, null) is { } further)
            {
                result = further;
                hits = further.Hits.Take(AnswerCheck.Depth).ToList();
                check = AnswerCheck.Judge(QuestionShape.Of(text), result, index);
            }

            _evidence.Add(new Evidence(q.Decline, hits.Any(h => q.Expected.Contains(h.Passage.Id)), hits.Count == 0 ? [] : result.Terms, check, repeatsHeading));
        }
    }

    /// <summary>How many questions the answer checks decline, on-topic and off-topic.</summary>
    public (int OnTopic, int OffTopic) DeclinedByChecks =>
        (_evidence.Count(e => !e.OffTopic && e.Check is not null), _evidence.Count(e => e.OffTopic && e.Check is not null));

    /// <summary>A question that repeats a section heading is answered whatever its coverage, as the answerer does.</summary>
    private static bool Reaches(Evidence e, double threshold, double unknownWeight) =>
        e.RepeatsHeading || e.Check is null && e.Terms.Count > 0 && AnswerConfidence.Of(e.Terms, unknownWeight) >= threshold;

    public double Score(double threshold, double unknownWeight)
    {
        var (answered, declined) = Rates(threshold, unknownWeight);
        return (answered + declined) / 2;
    }

    /// <summary>Share of on-topic questions answered and of off-topic ones declined at this threshold.</summary>
    public (double Answered, double Declined) Rates(double threshold, double unknownWeight)
    {
        var onTopic = _evidence.Where(e => !e.OffTopic).ToList();
        var offTopic = _evidence.Where(e => e.OffTopic).ToList();
        var answered = onTopic.Count(e => Reaches(e, threshold, unknownWeight)) / (double)Math.Max(1, onTopic.Count);
        var declined = offTopic.Count(e => !Reaches(e, threshold, unknownWeight)) / (double)Math.Max(1, offTopic.Count);
        return (answered, declined);
    }

    /// <summary>
    /// The score of a setting averaged with its neighbouring thresholds: on a few dozen questions single points
    /// are jagged, and a threshold in the middle of a good range generalises better than a lucky spike.
    /// </summary>
    public double Smoothed(double threshold, double unknownWeight) =>
        new[] { threshold - Step, threshold, threshold + Step }.Average(t => Score(Math.Clamp(t, 0, 1), unknownWeight));

    /// <summary>Share of the questions reaching <paramref name="threshold"/> that a shown passage answers.</summary>
    public double Precision(double threshold, double unknownWeight)
    {
        var answered = _evidence.Where(e => Reaches(e, threshold, unknownWeight)).ToList();
        return answered.Count == 0 ? 1 : answered.Count(e => !e.OffTopic && e.ShownIsRight) / (double)answered.Count;
    }

    /// <summary>
    /// For each unknown-word weight: the tentative threshold with the best smoothed balanced accuracy (ties: the higher), and the lowest
    /// confident threshold above it whose answers are right often enough. The weight kept is the one whose tentative
    /// threshold has the best balanced accuracy (ties: the smaller weight, the nearer to plain coverage).
    /// </summary>
    public (double Tentative, double Confident, double UnknownWeight) Best =>
        UnknownWeights.Select(Tiers).MaxBy(p => Score(p.Tentative, p.UnknownWeight));

    public (double Tentative, double Confident, double UnknownWeight) Tiers(double u)
    {
        // Ties go to the higher threshold: where coverage makes no difference on the tune part, the higher line still
        // declines some of the off-topic questions the answer checks do not recognise in questions not seen yet.
        var t = Thresholds.MaxBy(x => (Math.Round(Smoothed(x, u), 9), x));
        var c = Thresholds.Where(x => x >= t).FirstOrDefault(x => Precision(x, u) >= ConfidentPrecision, Thresholds[^1]);
        return (t, c, u);
    }

    public string Table()
    {
        var sb = new StringBuilder();
        var (onTopic, offTopic) = DeclinedByChecks;
        sb.AppendLine(CultureInfo.InvariantCulture, $"declined by the answer checks: {onTopic} on-topic, {offTopic} off-topic");
        sb.Append("threshold");
        foreach (var u in UnknownWeights)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | u={u}: balanced (smoothed) answered/declined precision");
        }

        sb.AppendLine();
        foreach (var t in Thresholds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t:F2}");
            foreach (var u in UnknownWeights)
            {
                var (answered, declined) = Rates(t, u);
                sb.Append(CultureInfo.InvariantCulture, $" | {Score(t, u):F3} ({Smoothed(t, u):F3}) {answered:F2}/{declined:F2} {Precision(t, u):F2}");
            }

            sb.AppendLine();
        }

        foreach (var u in UnknownWeights)
        {
            var tiers = Tiers(u);
            var (answered, declined) = Rates(tiers.Tentative, u);
            sb.AppendLine(CultureInfo.InvariantCulture, $"u={u}: tentative {tiers.Tentative} (answered {answered:F2}, declined {declined:F2}), confident {tiers.Confident} (right {Precision(tiers.Confident, u):F2})");
        }

        return sb.ToString();
    }

    private sealed record Evidence(bool OffTopic, bool ShownIsRight, IReadOnlyList<TermMatch> Terms, DeclineReason? Check, bool RepeatsHeading);
}
