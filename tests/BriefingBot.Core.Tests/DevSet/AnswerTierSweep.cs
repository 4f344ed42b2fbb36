using System.Globalization;
using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// Calibrates the answer tiers on dev questions. The confident threshold is calibrated as the single threshold was
/// before: the one with the best balanced accuracy — the mean of the share of on-topic questions it answers and the
/// share of off-topic ones it declines. Below it, the tentative threshold goes as low
/// as the extra answers it lets through stay useful: one of the passages they show (the top three) answers the
/// question at least <see cref="TentativePrecision"/> of the time (an off-topic question let through counts as wrong), so the hedged
/// passages help more often than not. Questions about a person never reach the thresholds, so they are left out.
/// </summary>
internal sealed class AnswerTierSweep
{
    private const double Step = 0.05;

    /// <summary>What a hedged answer must be worth: one of its passages answers the question at least this often.</summary>
    public const double TentativePrecision = 0.5;

    public static readonly double[] Thresholds = Enumerable.Range(1, 19).Select(i => Math.Round(i * Step, 2)).ToArray();
    public static readonly double[] UnknownWeights = [0.5, 0.75, 1.0, 1.5, 2.0];

    private readonly List<(bool OffTopic, bool ShownIsRight, IReadOnlyList<TermMatch> Terms)> _evidence = [];

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
            var result = analyzed.IsEmpty ? null : index.Search(new PassageSearch(analyzed, 3));
            var hits = result?.Hits ?? [];
            _evidence.Add((q.Decline, hits.Any(h => q.Expected.Contains(h.Passage.Id)), hits.Count == 0 ? [] : result!.Terms));
        }
    }

    private static bool Reaches(IReadOnlyList<TermMatch> terms, double threshold, double unknownWeight) =>
        terms.Count > 0 && AnswerConfidence.Of(terms, unknownWeight) >= threshold;

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
        var answered = onTopic.Count(e => Reaches(e.Terms, threshold, unknownWeight)) / (double)Math.Max(1, onTopic.Count);
        var declined = offTopic.Count(e => !Reaches(e.Terms, threshold, unknownWeight)) / (double)Math.Max(1, offTopic.Count);
        return (answered, declined);
    }

    /// <summary>
    /// The score of a setting averaged with its neighbouring thresholds: on a few dozen questions single points
    /// are jagged, and a threshold in the middle of a good range generalises better than a lucky spike.
    /// </summary>
    public double Smoothed(double threshold, double unknownWeight) =>
        new[] { threshold - Step, threshold, threshold + Step }.Average(t => Score(Math.Clamp(t, 0, 1), unknownWeight));

    /// <summary>Share of the questions reaching <paramref name="low"/> but not <paramref name="high"/> that a shown passage answers.</summary>
    public double Precision(double low, double high, double unknownWeight)
    {
        var band = _evidence.Where(e => Reaches(e.Terms, low, unknownWeight) && !Reaches(e.Terms, high, unknownWeight)).ToList();
        return band.Count == 0 ? 1 : band.Count(e => !e.OffTopic && e.ShownIsRight) / (double)band.Count;
    }

    /// <summary>
    /// For each unknown-word weight: the confident threshold with the best smoothed balanced accuracy, and the lowest
    /// tentative threshold below it whose band is still useful. The weight kept is the one whose tentative threshold —
    /// the line between answering and declining — has the best balanced accuracy.
    /// </summary>
    public (double Tentative, double Confident, double UnknownWeight) Best =>
        UnknownWeights.Select(Tiers).MaxBy(p => Score(p.Tentative, p.UnknownWeight));

    public (double Tentative, double Confident, double UnknownWeight) Tiers(double u)
    {
        var c = Thresholds.MaxBy(x => Smoothed(x, u));
        var t = Thresholds.Where(x => x <= c).FirstOrDefault(x => Precision(x, c, u) >= TentativePrecision, c);
        return (t, c, u);
    }

    public string Table()
    {
        var sb = new StringBuilder("threshold");
        foreach (var u in UnknownWeights)
        {
            sb.Append(CultureInfo.InvariantCulture, $" | u={u}: balanced (smoothed) answered/declined");
        }

        sb.AppendLine();
        foreach (var t in Thresholds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{t:F2}");
            foreach (var u in UnknownWeights)
            {
                var (answered, declined) = Rates(t, u);
                sb.Append(CultureInfo.InvariantCulture, $" | {Score(t, u):F3} ({Smoothed(t, u):F3}) {answered:F2}/{declined:F2}");
            }

            sb.AppendLine();
        }

        foreach (var u in UnknownWeights)
        {
            var tiers = Tiers(u);
            var (answered, declined) = Rates(tiers.Tentative, u);
            sb.AppendLine(CultureInfo.InvariantCulture, $"u={u}: confident {tiers.Confident}, tentative {tiers.Tentative} (answered {answered:F2}, declined {declined:F2}); usefulness of [t, c):");
            sb.AppendLine(string.Join(' ', Thresholds.Where(x => x < tiers.Confident).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t:F2}:{Precision(t, tiers.Confident, u):F2}"))));
        }

        return sb.ToString();
    }
}
