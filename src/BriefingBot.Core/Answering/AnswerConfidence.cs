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
    public static double Of(IReadOnlyList<TermMatch> terms, double unknownTermWeight) =>
        QuestionCoverage.Of(terms, unknownTermWeight);
}
