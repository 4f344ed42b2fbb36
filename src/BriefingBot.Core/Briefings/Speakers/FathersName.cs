namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «امحمد بن يونس»، «فاطمة بنت علي»، «امحمد ولد الطاهر»، «محمد بن عبد الله الكندي»: a name that goes on through the
/// joiner of the father's name. The joiner tells where the name runs whatever the lexicon knows of its words: at least to
/// the father's name, which may have the article («ولد الطاهر») or a particle («بن عبد الله»), and on to a family name
/// with the article only when that is shaped as a nisba («الكندية»، «الشحري») — a plain noun with the article there is the
/// narrated verb's object («أشعلت فاطمة بنت علي الفرن»، «تُخرج … الدمى»، «قد أشعل الفانوس»).
/// </summary>
internal static class FathersName
{
    /// <summary>The fewest letters of a nisba without its article («كندي»); «الدمى» and «الشاي» are plain nouns.</summary>
    private const int MinNisbaLetters = 4;

    /// <summary>
    /// The index of the father's name's last word when the name at <paramref name="start"/> goes on through a joiner right
    /// after its first word, within the name words read up to <paramref name="readTo"/>; null when it does not.
    /// </summary>
    public static int? End(List<Word> words, int start, int readTo)
    {
        if (start + 2 > readTo || words[start].EndsClause || words[start + 1].EndsClause || !SpeakerLexicon.IsJoiner(words[start + 1].Folded))
        {
            return null;
        }

        // «بن عبد الله»، «بنت أبو بكر»: a particle opens a father's name of two words.
        var end = SpeakerLexicon.IsParticle(words[start + 2].Folded) && !words[start + 2].EndsClause ? start + 3 : start + 2;
        return end <= readTo ? end : null;
    }

    /// <summary>
    /// Where an unclosed name ends after its father's name at <paramref name="father"/>: on the family name right after it
    /// when that is a nisba with the article (within the words read up to <paramref name="readTo"/>), else on the father's name.
    /// </summary>
    public static int WithFamilyName(List<Word> words, int father, int readTo) =>
        father + 1 <= readTo && !words[father].EndsClause && IsNisba(words[father + 1]) ? father + 1 : father;

    /// <summary>«الكندية»، «الطاهري»: a word with the article whose stem ends as a relative adjective does.</summary>
    private static bool IsNisba(Word w)
    {
        if (!SubjectWords.HasArticle(w))
        {
            return false;
        }

        var stem = SpeakerLexicon.WithoutPrefixes(w.Folded);
        return stem.Length >= MinNisbaLetters && (stem.EndsWith('ي') || stem.EndsWith("يه", StringComparison.Ordinal));
    }
}
