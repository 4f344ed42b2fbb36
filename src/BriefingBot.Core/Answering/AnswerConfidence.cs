using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering;

/// <summary>
/// How sure the search is that its best passages answer the question: the share of the question's weight
/// (term rarity) that the best-covering passage contains. Words the briefings never use count with
/// <see cref="AnsweringOptions.UnknownTermWeight"/> of a rare word's weight: they are the strongest sign a
/// question is about something else («سعر الدولار»), but also what a dialect word or a paraphrase looks like.
/// </summary>
public static class AnswerConfidence
{
    public static double Of(IReadOnlyList<TermMatch> terms, double unknownTermWeight)
    {
        ArgumentNullException.ThrowIfNull(terms);
        double total = 0, matched = 0;
        foreach (var term in terms)
        {
            var weight = term.Known ? term.Weight : term.Weight * unknownTermWeight;
            total += weight;
            if (term.InTopHit)
            {
                matched += weight;
            }
        }

        return total == 0 ? 0 : matched / total;
    }
}
