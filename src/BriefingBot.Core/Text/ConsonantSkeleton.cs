using System.Text;

namespace BriefingBot.Core.Text;

/// <summary>
/// The consonants of an Arabic word, with the letters a Latin spelling cannot tell apart made one: a name typed
/// in English and transliterated back («gibran» → «غيبران») meets its Arabic spelling («جبران») when their
/// skeletons are equal. Long vowels, alef, hamza, ain and a final «ه» are dropped (Latin writes them as vowels or
/// not at all); ج/غ (g, j), ك/ق (k, q), ت/ط, د/ض, س/ص/ث, ز/ذ/ظ and ه/ح are one letter each; a doubled letter counts once.
/// </summary>
public static class ConsonantSkeleton
{
    public static string Of(string word)
    {
        var folded = ArabicText.Fold(word);
        var sb = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (c == 'ه' && i == folded.Length - 1)
            {
                continue;
            }

            var k = Class(c);
            if (k != '\0' && (sb.Length == 0 || sb[^1] != k))
            {
                sb.Append(k);
            }
        }

        return sb.ToString();
    }

    private static char Class(char c) => c switch
    {
        'ا' or 'و' or 'ي' or 'ء' or 'ع' => '\0',
        'ج' or 'غ' => 'ج',
        'ك' or 'ق' => 'ك',
        'ت' or 'ط' => 'ت',
        'د' or 'ض' => 'د',
        'س' or 'ص' or 'ث' => 'س',
        'ز' or 'ذ' or 'ظ' => 'ز',
        'ه' or 'ح' => 'ه',
        _ when ArabicText.IsArabicLetter(c) => c,
        _ => '\0',
    };
}
