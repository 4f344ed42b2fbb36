using System.Globalization;
using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;
using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// Whether the line between a hedged answer and a decline could be learned from more of the search's evidence than
/// <see cref="AnswerConfidence"/> alone (round 15). For every tune question that reaches that line (no question about a
/// person, none the answer checks decline: the answerer with <see cref="AnsweringOptions.TentativeCoverage"/> 0 answers
/// it) it reads the signals of <see cref="BoundarySignals"/>, prints how well each alone tells on-topic from off-topic
/// (AUC), fits a balanced logistic regression over the cheap ones (what the answerer could compute with no extra search)
/// and prints its weights and the trade-off curve, in sample and by five-fold cross-validation. Skipped unless
/// <c>BOUNDARY_FIT=1</c>: it measures, it does not guard. Its finding (docs/search-quality.md, *Three answers*): the
/// off-topic questions the checks leave are not told apart by these signals.
/// </summary>
public sealed class DeclineBoundaryFit(ITestOutputHelper output)
{
    /// <summary>How many fair questions the boundary may decline, for each point of the printed curve.</summary>
    private static readonly int[] Lost = [0, 1, 2, 3, 5, 10, 20, 35, 70];

    [SkippableFact]
    public void Signals_weights_and_trade_off_curve_on_the_tune_part()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("BOUNDARY_FIT") == "1", "set BOUNDARY_FIT=1 to fit the decline boundary");
        var set = DevSet.Load();
        using var index = Indexes.Of([.. set.Briefings]);
        var answerer = Indexes.Answerer(index, new AnsweringOptions { TentativeCoverage = 0 }, [.. set.Briefings]);
        var briefings = set.Briefings.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var reaching = new List<(bool OnTopic, double[] Signals)>();
        foreach (var q in set.Part("tune").Where(q => !q.AboutSpeaker))
        {
            var answer = answerer.Answer(new AnswerRequest(q.Question));
            if (answer.Answered && answer.Outcome != AnswerOutcome.SpeakerPassages)
            {
                var result = index.Search(new PassageSearch(index.Analyze(QuestionText.Clean(q.Question)), 4) { Read = AnswerCheck.Depth });
                reaching.Add((!q.Decline, BoundarySignals.Of(q.Question, result, briefings[result.Hits[0].Passage.BriefingId], index)));
            }
        }

        var onTopic = reaching.Count(r => r.OnTopic);
        output.WriteLine($"reaching the boundary: {onTopic} on-topic, {reaching.Count - onTopic} off-topic");
        for (var i = 0; i < BoundarySignals.Names.Length; i++)
        {
            var on = reaching.Where(r => r.OnTopic).Select(r => r.Signals[i]).ToList();
            var off = reaching.Where(r => !r.OnTopic).Select(r => r.Signals[i]).ToList();
            output.WriteLine(Invariant($"{BoundarySignals.Names[i],-28} mean on {on.Average():F3} off {off.Average():F3}  AUC {Auc(on, off):F3}"));
        }

        var cheap = reaching.Select(r => (r.OnTopic, Features: r.Signals.Take(BoundarySignals.Cheap).ToArray())).ToList();
        var model = Logistic.Fit(cheap);
        output.WriteLine("weights (standardised signals): " + string.Join(", ", BoundarySignals.Names.Take(BoundarySignals.Cheap).Zip(model.Weights, (n, w) => Invariant($"{n} {w:+0.000;-0.000}"))));
        output.WriteLine(Curve("in sample", cheap.Select(r => (r.OnTopic, model.Score(r.Features)))));
        var folds = cheap.Select((r, i) => (r, Fold: i % 5)).ToList();
        var foldModels = Enumerable.Range(0, 5).Select(k => Logistic.Fit([.. folds.Where(y => y.Fold != k).Select(y => y.r)])).ToList();
        var crossValidated = folds.Select(x => (x.r.OnTopic, foldModels[x.Fold].Score(x.r.Features)));
        output.WriteLine(Curve("cross-validated", crossValidated));
    }

    private static string Curve(string name, IEnumerable<(bool OnTopic, double Score)> scored)
    {
        var list = scored.ToList();
        var on = list.Where(s => s.OnTopic).Select(s => s.Score).Order().ToList();
        var off = list.Where(s => !s.OnTopic).Select(s => s.Score).ToList();
        var sb = new StringBuilder(Invariant($"{name}: AUC {Auc(on, off):F3}; fair questions declined → off-topic declined:"));
        foreach (var lost in Lost.Where(l => l < on.Count))
        {
            sb.Append(Invariant($" {lost}→{off.Count(s => s < on[lost])}"));
        }

        return sb.Append(Invariant($" (of {on.Count} / {off.Count})")).ToString();
    }

    /// <summary>The chance that a random on-topic question scores above a random off-topic one (ties count half).</summary>
    private static double Auc(IReadOnlyList<double> on, IReadOnlyList<double> off) =>
        on.Sum(a => off.Sum(b => a > b ? 1.0 : a == b ? 0.5 : 0)) / Math.Max(1, on.Count * off.Count);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The evidence a search gives about whether its best passage answers the question. The first <see cref="Cheap"/> are read
/// from <see cref="PassageSearchResult"/> alone; the others need the text of the best passage's briefing or of all three hits, or read the question's words.
/// </summary>
internal static class BoundarySignals
{
    public static readonly string[] Names =
    [
        "coverage (u 0.5, as today)", "coverage of known words", "content words", "unknown words", "fuzzy words",
        "rarest known word in passage", "heaviest missing word share", "top score's share of top two",
        "briefings in top 3", "top score", "coverage with title", "coverage of top 3 together", "coverage with briefing", "asks how many (كم)", "asks when (متى)",
    ];

    public const int Cheap = 8;

    public static double[] Of(string question, PassageSearchResult result, Briefing briefing, PassageIndex index)
    {
        var terms = result.Terms;
        var rarest = terms.Where(t => t.Known).MaxBy(t => t.Weight);
        var missing = terms.Where(t => !t.InTopHit).Select(t => t.Weight).DefaultIfEmpty(0).Max();
        var scores = result.Hits.Select(h => (double)h.Score).Concat([0, 0]).ToList();
        var topThree = string.Join('\n', result.Hits.Take(3).Select(h => h.Passage.Text));
        var whole = string.Join('\n', briefing.Passages.Select(p => p.Text));
        double CoverageWith(string text) =>
            QuestionCoverage.Of([.. terms.Select(t => t with { InTopHit = t.InTopHit || t.Known && index.Highlight(text, t.Variants).Count > 0 })], 0.5);

        return
        [
            QuestionCoverage.Of(terms, 0.5), QuestionCoverage.Of(terms, 0), terms.Count, terms.Count(t => !t.Known), terms.Count(t => t.Fuzzy),
            rarest?.InTopHit == true ? 1 : 0, missing / Math.Max(1e-9, terms.Max(t => t.Weight)), scores[0] / Math.Max(1e-9, scores[0] + scores[1]),
            result.Hits.Take(3).Select(h => h.Passage.BriefingId).Distinct(StringComparer.Ordinal).Count(), scores[0],
            CoverageWith(briefing.Title), CoverageWith(topThree), CoverageWith(whole), Asks(question, "كم"), Asks(question, "متى"),
        ];
    }

    private static double Asks(string question, string word) => ArabicText.FoldedWords(question).Contains(ArabicText.FoldedWords(word)[0]) ? 1 : 0;
}

/// <summary>
/// Logistic regression on standardised features, each class weighing half (off-topic questions are a seventh of those
/// reaching the line), with a little L2, by batch gradient descent: a few hundred rows, no library needed.
/// </summary>
internal sealed record Logistic(double[] Weights, double Bias, double[] Mean, double[] Spread)
{
    public double Score(double[] x) => Bias + x.Select((v, i) => Weights[i] * (v - Mean[i]) / Spread[i]).Sum();

    public static Logistic Fit(IReadOnlyList<(bool OnTopic, double[] Features)> rows)
    {
        var width = rows[0].Features.Length;
        var mean = Enumerable.Range(0, width).Select(i => rows.Average(r => r.Features[i])).ToArray();
        var spread = Enumerable.Range(0, width).Select(i => Math.Max(1e-9, Math.Sqrt(rows.Average(r => Math.Pow(r.Features[i] - mean[i], 2))))).ToArray();
        var model = new Logistic(new double[width], 0, mean, spread);
        var positives = Math.Max(1, rows.Count(r => r.OnTopic));
        var negatives = Math.Max(1, rows.Count - positives);
        for (var step = 0; step < 1500; step++)
        {
            var gradient = new double[width];
            var bias = 0.0;
            foreach (var (onTopic, features) in rows)
            {
                var error = (1 / (1 + Math.Exp(-model.Score(features))) - (onTopic ? 1 : 0)) * 0.5 / (onTopic ? positives : negatives);
                bias += error;
                for (var i = 0; i < width; i++)
                {
                    gradient[i] += error * (features[i] - mean[i]) / spread[i];
                }
            }

            model = model with { Weights = [.. model.Weights.Select((w, i) => w - 0.2 * (gradient[i] + 0.01 * w))], Bias = model.Bias - 0.2 * bias };
        }

        return model;
    }
}
