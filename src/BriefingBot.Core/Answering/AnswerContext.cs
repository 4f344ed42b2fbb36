namespace BriefingBot.Core.Answering;

/// <summary>
/// What a follow-up question leans on: the question an earlier answer answered (with what it leaned on itself), the
/// person that answer was about or that its best passage quotes, and the briefing it came from.
/// </summary>
/// <param name="Question">The earlier question as it was searched (a follow-up's own words joined to its context).</param>
/// <param name="Speaker">The person the earlier answer was about, or whom its best passage quotes.</param>
/// <param name="BriefingId">The briefing of the earlier answer's best passage.</param>
public sealed record AnswerContext(string Question, string? Speaker, string? BriefingId)
{
    /// <summary>The longest question kept as context: a chain of follow-ups does not grow without bound.</summary>
    public const int MaxQuestionLength = 200;

    /// <summary>The context an answer leaves for the next question; null when it answered nothing a follow-up could lean on.</summary>
    public static AnswerContext? Of(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Outcome is not (AnswerOutcome.Passages or AnswerOutcome.TentativePassages or AnswerOutcome.SpeakerPassages or AnswerOutcome.NothingRelevant))
        {
            return null;
        }

        var top = answer.Passages.Count > 0 ? answer.Passages[0].Passage : null;
        var question = answer.SearchedQuestion ?? answer.Question;
        if (question.Length > MaxQuestionLength)
        {
            question = Text.TextElements.Truncate(question, MaxQuestionLength);
        }

        // A hedged answer's best passage is only a guess: its speaker is no firm referent for «قال ذلك».
        var speaker = answer.Speaker ?? (answer.Outcome == AnswerOutcome.Passages ? top?.Speaker : null);
        return new AnswerContext(question, speaker, top?.BriefingId);
    }
}
