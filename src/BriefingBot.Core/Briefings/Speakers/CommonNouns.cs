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
            string? before = null;
            foreach (var word in ArabicText.FoldedWords(text))
            {
                // «جبار عبد الحسين»، «أبو الفضل»: after a name particle the article is the compound name's, and the word
                // («حسين») is still a name elsewhere in the briefing.
                var inCompoundName = before is not null && SpeakerLexicon.IsParticle(before);
                before = word;
                if (word.Length > 4 && SpeakerLexicon.HasArticle(word) && !inCompoundName)
                {
                    var noun = SpeakerLexicon.WithoutPrefixes(word);
                    if (IsDayOrTime(noun))
                    {
                        continue;
                    }

                    nouns.Add(noun);
                    if (ConstructPlural(noun) is { } construct)
                    {
                        nouns.Add(construct);
                    }
                }
            }
        }

        return nouns;
    }

    /// <summary>
    /// «يوم الخميس» says when, not what kind of thing: a weekday with the article is no common noun, and its bare form is
    /// a given name elsewhere in the briefing («العقيد خميس بن علي الشحري»، «جمعة»).
    /// </summary>
    private static bool IsDayOrTime(string noun) => SpeakerLexicon.IsTimeWord("ال" + noun);

    /// <summary>
    /// A sound masculine plural loses its «ن» before the noun it governs: «الموظفين» is written «موظفي الإقليم» in
    /// «وطمأنت الوزيرة موظفي الإقليم بأن», the verb's object after a title, no name. Four letters of stem at least, so
    /// that no short name ending in «ين / ون» («حسين»، «سعدون») lends a form.
    /// </summary>
    private static string? ConstructPlural(string noun) =>
        noun.Length >= 6 && (noun.EndsWith("ين", StringComparison.Ordinal) || noun.EndsWith("ون", StringComparison.Ordinal))
            ? noun[..^2] + "ي"
            : null;
}
