using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering;

/// <summary>The answer to one question: the passages that answer it, or why there are none.</summary>
public sealed record Answer(
    string Question,
    AnswerOutcome Outcome,
    IReadOnlyList<AnswerPassage> Passages,
    bool HasMore = false,
    string? Speaker = null)
{
    /// <summary>The question was asked in English: the reply is worded in English.</summary>
    public bool InEnglish { get; init; }

    public bool Answered => Outcome is AnswerOutcome.Passages or AnswerOutcome.SpeakerPassages;

    public static Answer Refused(string question, AnswerOutcome outcome) => new(question, outcome, []);
}

/// <summary>One passage of an answer, with its rank (from 1) and matched spans.</summary>
public sealed record AnswerPassage(int Rank, float Score, Passage Passage, IReadOnlyList<TextSpan> Highlights);

public enum AnswerOutcome
{
    /// <summary>The best-matching passages.</summary>
    Passages,

    /// <summary>Every passage of the person the question is about, in document order.</summary>
    SpeakerPassages,

    /// <summary>Nothing in the briefings is relevant: abstaining is an answer.</summary>
    NothingRelevant,

    /// <summary>The question is empty once cleaned (or only punctuation).</summary>
    EmptyQuestion,

    /// <summary>The question is longer than the configured limit.</summary>
    QuestionTooLong,

    /// <summary>The question has no searchable words (only stop words, digits or symbols).</summary>
    NoSearchableWords,

    /// <summary>There is no briefing to search yet.</summary>
    NoBriefings,

    /// <summary>An English question, and the English–Arabic dictionary it needs is not installed.</summary>
    EnglishUnavailable,
}
