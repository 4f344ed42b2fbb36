namespace BriefingBot.Core.Text;

/// <summary>
/// The forms a folded word may stand for once the clitics written on it are taken off: a conjunction («و»، «ف»),
/// a preposition («ب»، «ل»، «ك») and the article («ال»، «لل»): «وبالعاصمة» may be «عاصمه». Every reading is offered,
/// the word as written first, because a letter that looks like a clitic may be the word's own («بكرا»، «لبنان»).
/// </summary>
internal static class ArabicWordForms
{
    public static IEnumerable<string> Readings(string folded)
    {
        foreach (var afterConjunction in Strip(folded, ["و", "ف"]))
        {
            foreach (var afterPreposition in Strip(afterConjunction, ["ب", "ل", "ك"]))
            {
                foreach (var bare in Strip(afterPreposition, ["ال"]))
                {
                    yield return bare;
                }
            }
        }

        // «لل» is «ل» on the article with its alef dropped: «للانتخابات».
        if (folded.StartsWith("لل", StringComparison.Ordinal) && folded.Length > 4)
        {
            yield return folded[2..];
        }
    }

    /// <summary>Whether any reading of <paramref name="folded"/> is in <paramref name="words"/>.</summary>
    public static bool AnyIn(string folded, IReadOnlySet<string> words) => Readings(folded).Any(words.Contains);

    private static IEnumerable<string> Strip(string word, string[] clitics)
    {
        yield return word;
        foreach (var clitic in clitics)
        {
            // Two letters must remain: a clitic on a one-letter word is the word.
            if (word.StartsWith(clitic, StringComparison.Ordinal) && word.Length - clitic.Length >= 2)
            {
                yield return word[clitic.Length..];
            }
        }
    }
}
