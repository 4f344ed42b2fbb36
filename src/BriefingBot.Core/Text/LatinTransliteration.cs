using System.Text;

namespace BriefingBot.Core.Text;

/// <summary>
/// Writes a Latin-letter name the way Arabic news spells it, roughly («polyakov» → «بولياكوف»,
/// «jonathan» → «جوناثان»), so a user typing a name in English still meets the Arabic spelling. The result is
/// only ever compared with a tolerance for small differences, never shown.
/// </summary>
public static class LatinTransliteration
{
    private static readonly (string Latin, string Arabic)[] Digraphs =
    [
        ("sh", "ش"), ("ch", "تش"), ("kh", "خ"), ("th", "ث"), ("gh", "غ"), ("ph", "ف"), ("zh", "ج"),
        ("oo", "و"), ("ou", "و"), ("ee", "ي"), ("ei", "ي"), ("ai", "اي"), ("ay", "اي"), ("ng", "نغ"), ("ck", "ك"), ("qu", "كو"),
    ];

    public static bool IsLatin(string word) => word.Length > 0 && word.All(char.IsAsciiLetter);

    /// <summary>The Arabic spelling of a lower- or upper-case Latin word; other text is returned as it is.</summary>
    public static string ToArabic(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (!IsLatin(word))
        {
            return word;
        }

        var latin = word.ToLowerInvariant();
        var sb = new StringBuilder(latin.Length);
        for (var i = 0; i < latin.Length;)
        {
            var digraph = Array.Find(Digraphs, d => string.CompareOrdinal(latin, i, d.Latin, 0, 2) == 0);
            if (digraph.Latin is not null)
            {
                sb.Append(digraph.Arabic);
                i += 2;
                continue;
            }

            var c = latin[i];
            // A short "e" is usually not written at all; "a" inside a word is, as a long vowel, often enough.
            if (c == 'e' && i > 0)
            {
                i++;
                continue;
            }

            sb.Append(Letter(c));
            i++;
        }

        return sb.ToString();
    }

    private static string Letter(char c) => c switch
    {
        'a' => "ا",
        'b' or 'p' => "ب",
        'c' or 'k' or 'q' => "ك",
        'd' => "د",
        'e' or 'i' => "ي",
        'f' or 'v' => "ف",
        'g' => "غ",
        'h' => "ه",
        'j' => "ج",
        'l' => "ل",
        'm' => "م",
        'n' => "ن",
        'o' or 'u' or 'w' => "و",
        'r' => "ر",
        's' => "س",
        't' => "ت",
        'x' => "كس",
        'y' => "ي",
        'z' => "ز",
        _ => string.Empty,
    };
}
