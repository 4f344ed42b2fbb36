namespace BriefingBot.Core.Briefings;

/// <summary>One retrievable unit of a briefing: a paragraph (or a sentence-aligned piece of a long one), quoted exactly.</summary>
/// <param name="Id">Stable id: the briefing id and the ordinal, e.g. <c>2026-11-23-moscow-pyongyang#007</c>.</param>
/// <param name="Section">The heading the passage stands under, or null before the first heading.</param>
/// <param name="Ordinal">Position of the passage in its briefing, from 1.</param>
/// <param name="Text">The exact original text, never rewritten.</param>
/// <param name="Speaker">Who the passage is attributed to, when a named person is quoted or paraphrased.</param>
public sealed record Passage(
    string Id,
    string BriefingId,
    string BriefingTitle,
    DateOnly BriefingDate,
    string? Section,
    int Ordinal,
    string Text,
    string? Speaker);
