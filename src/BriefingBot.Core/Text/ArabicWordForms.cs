namespace BriefingBot.Core.Text;

/// <summary>
/// The forms a folded word may stand for once the clitics written on it are taken off: a conjunction («و»، «ف»),
/// a preposition («ب»، «ل»، «ك») and the article («ال»، «لل»): «وبالعاصمة» may be «عاصمه». Every reading is offered,
/// the word as written first, because a letter that looks like a clitic may be the word's own («بكرا»، «لبنان»).
/// </summary>
internal static class ArabicWordForms
{
    /// <summary>
    /// The third-person pronouns written on a noun (its owner: «جارتهم») or a verb (its object: «يرأسها»), folded,
    /// longest first so «ها» is not read as «ه».
    /// </summary>
    public static readonly IReadOnlyList<string> AttachedPronouns = ["هما", "هم", "هن", "ها", "ه"];

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

    /// <summary>
    /// The word without the conjunction «و» or «ف» glued on it («ومتى» → «متى»، «فكم» → «كم»), when at least
    /// <paramref name="lettersLeft"/> letters remain; null when it opens with neither. The callers ask whether the rest is a
    /// question word of theirs, and each keeps the shortest rest it reads as one.
    /// </summary>
    public static string? WithoutConjunction(string word, int lettersLeft = 2) =>
        word.Length > lettersLeft && word[0] is 'و' or 'ف' ? word[1..] : null;

    /// <summary>
    /// Whether a one-letter conjunction or preposition («و»، «ف»، «ب»، «ل»، «ك») may be glued on the word: it opens with one
    /// and keeps three letters without it («وبولياكوف»، «لبولياكوف»). A name or a question word is compared without it.
    /// </summary>
    public static bool OpensWithOneLetterClitic(ReadOnlySpan<char> word) => word.Length > 3 && word[0] is 'و' or 'ل' or 'ب' or 'ف' or 'ك';

    /// <summary>
    /// Whether <paramref name="written"/> is <paramref name="word"/>, as written or with a one-letter conjunction or
    /// preposition glued on (<see cref="OpensWithOneLetterClitic"/>): «والصفار»، «بالصفار» spell «الصفار»; «للصفار» (the
    /// article's alef dropped after «ل») does not. A name's word is found so in a question and in a passage alike.
    /// </summary>
    public static bool Spells(string written, string word) =>
        written == word || OpensWithOneLetterClitic(written) && written.AsSpan(1).SequenceEqual(word);

    /// <summary>Whether the stem is spelt as the verbal noun of form VII, VIII or X: «انخفاض»، «اعتماد»، «استهلاك».</summary>
    public static bool IsDerivedVerbalNoun(string stem) =>
        stem.Length == 6 && stem[0] == 'ا' && stem[4] == 'ا' && (stem[1] == 'ن' || stem[2] == 'ت')
        || stem.Length == 7 && stem.StartsWith("است", StringComparison.Ordinal) && stem[5] == 'ا';

    /// <summary>Whether any reading of <paramref name="folded"/> is in <paramref name="words"/>.</summary>
    /// <remarks>
    /// Asked of every question word against every word list (a question's shape and checks ask it hundreds of times),
    /// so an ordinal set is asked the same readings as spans, with no iterators, clitic arrays or substrings: they were
    /// almost a fifth of a question's garbage, and garbage is how often the collector pauses an answer.
    /// </remarks>
    public static bool AnyIn(string folded, IReadOnlySet<string> words) =>
        words is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? AfterConjunction(folded, lookup) || folded.StartsWith("لل", StringComparison.Ordinal) && folded.Length > 4 && lookup.Contains(folded.AsSpan(2))
            : Readings(folded).Any(words.Contains);

    /// <summary>The readings <see cref="Readings"/> gives (but «لل»), in another order: the conjunction on or off, then the preposition, then the article.</summary>
    private static bool AfterConjunction(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        AfterPreposition(word, words) || word.Length >= 3 && word[0] is 'و' or 'ف' && AfterPreposition(word[1..], words);

    private static bool AfterPreposition(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        Bare(word, words) || word.Length >= 3 && word[0] is 'ب' or 'ل' or 'ك' && Bare(word[1..], words);

    private static bool Bare(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        words.Contains(word) || word.Length >= 4 && word.StartsWith("ال", StringComparison.Ordinal) && words.Contains(word[2..]);

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
