namespace BriefingBot.Core.Briefings;

/// <summary>A parsed briefing: its metadata, its section headings and its passages in document order.</summary>
public sealed record Briefing(
    string Id,
    string Title,
    DateOnly Date,
    string? Source,
    IReadOnlyList<string> Sections,
    IReadOnlyList<Passage> Passages,
    string ContentHash)
{
    /// <summary>What the briefing says about each speaker: the role it gives them and their grammatical gender.</summary>
    public IReadOnlyList<SpeakerProfile> SpeakerProfiles { get; init; } = [];

    /// <summary>
    /// The community the briefing belongs to; null when it is shared (the shipped corpus, the command line without
    /// <c>--community</c>), which every community sees. Not part of the text: the library sets it from where it was posted.
    /// </summary>
    public string? Community { get; init; }

    public bool IsShared => Community is null;

    /// <summary>The distinct speakers quoted in the briefing, in order of first appearance.</summary>
    public IReadOnlyList<string> Speakers =>
        Passages.SelectMany(p => p.AllSpeakers).Distinct(StringComparer.Ordinal).ToList();
}
