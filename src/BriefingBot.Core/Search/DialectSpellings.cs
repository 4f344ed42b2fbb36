namespace BriefingBot.Core.Search;

/// <summary>
/// The standard spellings a spoken-Arabic word may stand for. Most dialects merged the interdentals into stops or
/// sibilants (ذ → د or ز, ث → ت or س, ظ → ض or ز), and readers write as they speak: «الدهب»، «كتير»، «تلاتة»، «زلم» for
/// «ظلم». The same readers also put an interdental back where the word never had one: «ثامر» for the name «تامر»،
/// «الاظطراب» for «الاضطراب».
/// Candidates only: each is one letter read back, and the searcher keeps those the index has, for a word it does
/// not know (<see cref="QuestionTermExpander"/>), so a dialect word that is also a standard one is never respelt.
/// </summary>
internal static class DialectSpellings
{
    /// <summary>
    /// What each letter a reader wrote may have been: first the merged interdentals read back, then the same pairs the
    /// other way round (the interdental a speaker of the merged dialect puts back where it never was). The emphatics
    /// and their plain twins (ص/س، ض/د، ط/ت) were tried too: as often another word («نقض» → «نقد»، «موضع» → «مودع»).
    /// </summary>
    private static readonly (char Typed, char Meant)[] Merged =
    [
        ('د', 'ذ'), ('ز', 'ذ'), ('ت', 'ث'), ('س', 'ث'), ('ض', 'ظ'), ('ز', 'ظ'),
        ('ذ', 'د'), ('ذ', 'ز'), ('ث', 'ت'), ('ث', 'س'), ('ظ', 'ض'), ('ظ', 'ز'),
    ];

    /// <summary>At most this many letters of one word are read back: a word of three merged letters is rare.</summary>
    private const int MaxLettersReadBack = 2;

    public static IEnumerable<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var seen = new HashSet<string>(StringComparer.Ordinal) { word };
        var current = new List<string> { word };
        for (var round = 0; round < MaxLettersReadBack; round++)
        {
            var next = new List<string>();
            foreach (var spelling in current)
            {
                for (var i = 0; i < spelling.Length; i++)
                {
                    // A letter read back once stays as read: «دهب» is «ذهب», not «ذهب» and then «زهب».
                    if (spelling[i] != word[i])
                    {
                        continue;
                    }

                    foreach (var (typed, meant) in Merged)
                    {
                        if (spelling[i] != typed)
                        {
                            continue;
                        }

                        var respelt = string.Create(spelling.Length, (spelling, i, meant), static (span, s) =>
                        {
                            s.spelling.AsSpan().CopyTo(span);
                            span[s.i] = s.meant;
                        });
                        if (seen.Add(respelt))
                        {
                            next.Add(respelt);
                        }
                    }
                }
            }

            foreach (var spelling in next)
            {
                yield return spelling;
            }

            current = next;
        }
    }
}
