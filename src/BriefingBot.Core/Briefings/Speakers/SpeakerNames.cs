using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>How two mentions of a name are compared: folded, compounds glued, prefixes aside.</summary>
internal static class SpeakerNames
{
    /// <summary>A name's folded words, its compounds glued: «عبد الرحمن» and «عبدالرحمن» are one name («ويضيف عبدالرحمن أن»).</summary>
    public static IReadOnlyList<string> Words(string name) => CompoundNames.Glued(ArabicText.FoldedWords(name));

    /// <summary>
    /// Whether a speaker's name is an office («المتحدث باسم الحكومة»): it opens with a title that is no given name too
    /// («شيخة الصباح» is a woman named Sheikha, not an office), nor one written with the article that began a name
    /// before its patronymic («الشيخ ولد عبد الله»).
    /// </summary>
    public static bool IsOffice(string name) =>
        ArabicText.FoldedWords(name) is { Count: > 0 } words && SpeakerLexicon.IsTitle(words[0]) && !SpeakerLexicon.IsGivenName(words[0])
        && !(words.Count > 1 && words[1] == "ولد" && SpeakerLexicon.IsArticleGivenName(words[0]));

    public static bool NamedBy(IReadOnlyList<string> words, string name)
    {
        var nameWords = Words(name);
        return words.All(w => nameWords.Contains(w) || nameWords.Any(n => SpeakerLexicon.WithoutPrefixes(n) == SpeakerLexicon.WithoutPrefixes(w)));
    }
}
