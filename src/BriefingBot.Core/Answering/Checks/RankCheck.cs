using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question of a thing by a rank the passages shown give it not (<see cref="DeclineReason.OtherRank"/>).</summary>
internal sealed class RankCheck : IAnswerCheck
{
    // A thing asked of by its rank («الشحنة الثانية») is not the one the passages rank otherwise: «شحنتها الأولى ستصل منتصف
    // فبراير» dates the first. Judged only where some passage shown ranks the noun at all.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape.Ranked is var (rankedNoun, rank) && answer.TermOf(rankedNoun) is { Known: true } rankedTerm)
        {
            var ranks = answer.Shown.SelectMany(passage => answer.Tokens(passage).Find(rankedTerm.Variants).Select(span => RankAt(answer.Top[passage], span))).OfType<int>().ToList();
            if (ranks.Count > 0 && !ranks.Contains(rank))
            {
                return DeclineReason.OtherRank;
            }
        }

        return null;
    }

    /// <summary>The rank the text gives the noun at this place: an ordinal right after it («شحنتها الأولى») or right before it («أول شحنة»).</summary>
    private static int? RankAt(string text, TextSpan at)
    {
        var after = ArabicText.FoldedWords(text[(at.Start + at.Length)..Math.Min(text.Length, at.Start + at.Length + 20)]);
        if (after is [var next, ..] && QuestionShape.RankAfter(next) is { } rank)
        {
            return rank;
        }

        var before = ArabicText.FoldedWords(text[Math.Max(0, at.Start - 12)..at.Start]);
        return before is [.., var previous] ? QuestionShape.RankBefore(previous) : null;
    }
}
