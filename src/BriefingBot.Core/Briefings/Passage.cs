namespace BriefingBot.Core.Briefings;

/// <summary>One retrievable unit of a briefing: a paragraph (or a sentence-aligned piece of a long one), quoted exactly.</summary>
/// <param name="Id">Stable id: the briefing id and the ordinal, e.g. <c>2026-11-23-moscow-pyongyang#007</c>.</param>
/// <param name="Section">The heading the passage stands under, or null before the first heading.</param>
/// <param name="Ordinal">Position of the passage in its briefing, from 1.</param>
/// <param name="Text">The exact original text, never rewritten.</param>
/// <param name="Speaker">Who the passage is attributed to, when a named person is quoted or paraphrased: the first it names.</param>
public sealed record Passage(
    string Id,
    string BriefingId,
    string BriefingTitle,
    DateOnly BriefingDate,
    string? Section,
    int Ordinal,
    string Text,
    string? Speaker)
{
    /// <summary>
    /// The others the passage quotes after <see cref="Speaker"/>, in the order named («وقال الوزير … إن …، بينما رأى
    /// المحلل … أن …»): a question about any of them finds the passage. Empty when it quotes one person or none.
    /// </summary>
    public IReadOnlyList<string> OtherSpeakers { get; init; } = [];

    /// <summary>Everyone the passage quotes: <see cref="Speaker"/> first, then <see cref="OtherSpeakers"/>.</summary>
    public IEnumerable<string> AllSpeakers => Speaker is null ? OtherSpeakers : OtherSpeakers.Prepend(Speaker);

    public bool Equals(Passage? other) =>
        other is not null
        && Id == other.Id && BriefingId == other.BriefingId && BriefingTitle == other.BriefingTitle && BriefingDate == other.BriefingDate
        && Section == other.Section && Ordinal == other.Ordinal && Text == other.Text && Speaker == other.Speaker
        && OtherSpeakers.SequenceEqual(other.OtherSpeakers, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Id, BriefingId, Ordinal, Text, Speaker, OtherSpeakers.Count);
}
