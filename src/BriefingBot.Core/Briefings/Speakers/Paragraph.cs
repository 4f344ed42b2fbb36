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

    /// <summary>
    /// Each quotation opening right after the end of a clause, in order: the index of its opening word and of its closing
    /// one (the paragraph's last word when it never closes) — where words said after narration or before a description stand.
    /// </summary>
    public IEnumerable<(int Open, int Close)> QuotationsAfterAClause()
    {
        for (var q = 1; q < Words.Count; q++)
        {
            if (!Words[q].OpensQuote || !Words[q - 1].EndsClause)
            {
                continue;
            }

            var close = q;
            while (close < Words.Count - 1 && !Words[close].ClosesQuote)
            {
                close++;
            }

            yield return (q, close);
        }
    }
}
