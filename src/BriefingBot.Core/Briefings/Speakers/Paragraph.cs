namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>A paragraph as the attribution rules read it: its words, and the briefing's common nouns that are no names.</summary>
/// <param name="mentionedEarlier">Whether a name, in folded words, is written in an earlier paragraph of the section.</param>
internal sealed class Paragraph(List<Word> words, HashSet<string> commonNouns, Func<string, bool> mentionedEarlier)
{
    public List<Word> Words { get; } = words;

    public HashSet<string> CommonNouns { get; } = commonNouns;

    /// <summary>
    /// An untitled name the paragraph's first verb may be saying something about rather than quoting («ويشير مارتينيث إلى
    /// ملاعب …»): kept aside, and taken only when no other attribution follows in the paragraph.
    /// </summary>
    public Attribution? Unclosed { get; set; }

    public bool MentionedEarlier(string foldedName) => mentionedEarlier(foldedName);
}
