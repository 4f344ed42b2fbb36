namespace BriefingBot.Core.Briefings;

/// <param name="Speakers">Each paragraph's speaker: the first person it quotes, or null.</param>
public sealed record SpeakerAttribution(IReadOnlyList<string?> Speakers, IReadOnlyList<SpeakerProfile> Profiles)
{
    /// <summary>Everyone each paragraph quotes, in the order named (its speaker first); empty for none.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Quoted { get; init; } = Speakers.Select(s => (IReadOnlyList<string>)(s is null ? [] : [s])).ToList();
}

/// <summary>A speaker: the name (or the office, for a spokesman without one), the role the briefing gives, and the gender.</summary>
public sealed record SpeakerProfile(string Name, string? Role, bool Feminine)
{
    /// <summary>Other names the briefing says the speaker goes by («المعروف بـ«حميدتي»»): a question may ask by one.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The titles the briefing points back to the speaker by, after naming them under another role («وأقرّ المسؤول المصري
    /// بأن» of «رئيس الهيئة المصرية لحماية الشواطئ»): a question may ask by one as by the role.
    /// </summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public bool Equals(SpeakerProfile? other) =>
        other is not null && Name == other.Name && Role == other.Role && Feminine == other.Feminine && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && References.SequenceEqual(other.References, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Name, Role, Feminine, Aliases.Count);
}
