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

    /// <summary>Passages were found: confidently, under a hedge, or as everything a person said.</summary>
    public bool Answered => Outcome is AnswerOutcome.Passages or AnswerOutcome.TentativePassages or AnswerOutcome.SpeakerPassages;

    /// <summary>
    /// How much of the question the best passage covers (<see cref="AnswerConfidence"/>), 0–1; 1 for everything a
    /// person said, 0 when nothing was searched.
    /// </summary>
    public double Confidence { get; init; }

    /// <summary>Why the question was declined (<see cref="AnswerOutcome.NothingRelevant"/>); null otherwise.</summary>
    public DeclineReason? Declined { get; init; }

    /// <summary>The earlier answer's context this answer leaned on, when the question was a follow-up; null when it stood alone.</summary>
    public AnswerContext? FollowUp { get; init; }

    /// <summary>The question as searched when it leaned on a context (its own words joined to the earlier question's).</summary>
    public string? SearchedQuestion { get; init; }

    /// <summary>The grammatical gender of <see cref="Speaker"/>, when the briefing shows it (قالت، الباحثة).</summary>
    public bool SpeakerIsFeminine { get; init; }

    /// <summary>
    /// Everyone the answer gives the words of: <see cref="Speaker"/> alone, or each holder of a title several speakers
    /// share («ماذا قال النائب؟»), <see cref="Speaker"/> first. Empty when the answer is about no one.
    /// </summary>
    public IReadOnlyList<AnswerSpeaker> Speakers
    {
        get => _speakers ?? (Speaker is null ? [] : [new AnswerSpeaker(Speaker, SpeakerIsFeminine)]);
        init => _speakers = value;
    }

    private readonly IReadOnlyList<AnswerSpeaker>? _speakers;

    /// <summary>
    /// Others who hold the title the question asked by, when more do than an answer gives the words of («ماذا قالت
    /// الوزيرة؟»): <see cref="Speakers"/> is the one quoted most recently, and the reply names these so the asker can ask
    /// by name. Empty otherwise.
    /// </summary>
    public IReadOnlyList<AnswerSpeaker> OtherHolders { get; init; } = [];

    /// <summary>How far the index being built has come, with <see cref="AnswerOutcome.IndexBuilding"/>.</summary>
    public IndexBuildProgress? IndexProgress { get; init; }

    public static Answer Refused(string question, AnswerOutcome outcome) => new(question, outcome, []);
}

/// <summary>A person an answer gives the words of, with the grammatical gender the briefings show.</summary>
public sealed record AnswerSpeaker(string Name, bool Feminine)
{
    /// <summary>
    /// The title of the briefing the words are from, when other briefings quote another person of the same name
    /// («عثمان الطيب» in three reports): the reply says whose words they are. Null when the name is one person.
    /// </summary>
    public string? Briefing { get; init; }
}

/// <summary>One passage of an answer, with its rank (from 1) and matched spans.</summary>
public sealed record AnswerPassage(int Rank, float Score, Passage Passage, IReadOnlyList<TextSpan> Highlights);

public enum AnswerOutcome
{
    /// <summary>The best-matching passages.</summary>
    Passages,

    /// <summary>
    /// The closest passages, shown under a hedge: the question is about the briefings' subject, but the match is
    /// partial (a paraphrase, a dialect word the briefings never use).
    /// </summary>
    TentativePassages,

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

    /// <summary>There is no index to search yet: the first one is being built (<see cref="Answer.IndexProgress"/> says how far).</summary>
    IndexBuilding,
}
