using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Rule «the passage giving the fact first»: a question asking how many or how much («كم …؟») is answered only by a
/// passage that gives a number, and one asking when («متى …؟») by one that gives a time. When the first of the passages
/// shown gives none and another shown passage does, that one answers: it is put first, the others keep their order.
/// </summary>
internal static class FactFirst
{
    /// <summary>
    /// The shown hit (within <see cref="AnswerCheck.Depth"/>) that gives the fact the question asks for when the first
    /// does not; null when the first gives it, no shown hit does, or the question asks for no number or time.
    /// </summary>
    public static PassageHit? Holder(QuestionShape shape, PassageSearchResult result)
    {
        Func<string, bool>? gives = shape.Expected switch
        {
            ExpectedAnswer.Number => PassageFacts.HasNumber,
            ExpectedAnswer.Time => PassageFacts.HasTime,
            _ => null,
        };
        if (gives is null || result.Hits.Count < 2 || gives(result.Hits[0].Passage.Text))
        {
            return null;
        }

        return result.Hits.Take(AnswerCheck.Depth).Skip(1).FirstOrDefault(h => gives(h.Passage.Text));
    }
}
