using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A name is never written with the article and without it in one briefing: a word the briefing also writes with the
/// article is a common noun, and is not read as a name where it stands bare («مقاطعة» beside «المقاطعة»).
/// </summary>
internal static class CommonNouns
{
    /// <summary>The folded words, without the article, that the briefing writes with it.</summary>
    public static HashSet<string> Of(IReadOnlyList<(string? Section, string Text)> paragraphs)
    {
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, text) in paragraphs)
        {
            foreach (var word in ArabicText.FoldedWords(text))
            {
                if (word.Length > 4 && SpeakerLexicon.HasArticle(word))
                {
                    nouns.Add(SpeakerLexicon.WithoutPrefixes(word));
                }
            }
        }

        return nouns;
    }
}
