namespace BriefingBot.Core.Search;

/// <summary>
/// How much of a question a passage covers: the share of the question's weight (term rarity) in the terms the
/// passage contains, 0–1. Words the index does not know count with <c>unknownTermWeight</c> times their weight.
/// The one definition behind <see cref="PassageSearchResult.TopCoverage"/> and the answerer's confidence.
/// </summary>
public static class QuestionCoverage
{
    public static double Of(IReadOnlyList<TermMatch> terms, double unknownTermWeight = 1)
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
