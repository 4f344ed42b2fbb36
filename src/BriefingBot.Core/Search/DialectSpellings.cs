namespace BriefingBot.Core.Search;

/// <summary>
/// The standard spellings a spoken-Arabic word may stand for. Most dialects merged the interdentals into stops or
/// sibilants (ذ → د or ز, ث → ت or س, ظ → ض or ز), and readers write as they speak: «الدهب»، «كتير»، «تلاتة»، «زلم» for
/// «ظلم». Candidates only: each is one letter read back, and the searcher keeps those the index has, for a word it does
/// not know (<see cref="QuestionTermExpander"/>), so a dialect word that is also a standard one is never respelt.
/// </summary>
internal static class DialectSpellings
{
    /// <summary>What each merged letter may have been.</summary>
    private static readonly (char Spoken, char Written)[] Merged =
    [
        ('د', 'ذ'), ('ز', 'ذ'), ('ت', 'ث'), ('س', 'ث'), ('ض', 'ظ'), ('ز', 'ظ'),
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
                    foreach (var (spoken, written) in Merged)
                    {
                        if (spelling[i] != spoken)
                        {
                            continue;
                        }

                        var respelt = string.Create(spelling.Length, (spelling, i, written), static (span, s) =>
                        {
                            s.spelling.AsSpan().CopyTo(span);
                            span[s.i] = s.written;
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
