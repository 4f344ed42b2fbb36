using BriefingBot.Core.Briefings.Speakers;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Rule «an age asked by its decade»: «الصائغ الثلاثيني» is the man a report gives as «صائغ في الثلاثين»، «الرجل الستيني»
/// the one «في الستين من عمره»، «الشاب العشريني» the one «في الخامسة والعشرين». Readers name a person's age by the decade's
/// adjective, reports by the number: the adjective shares no word with it. The number is an age when «في» or a verb of
/// reaching stands before it («بلغ الثمانين»)، or «من عمره» after it; not «منذ ستين عامًا» (how long), nor «في العشرين من
/// يناير» (a day).
/// </summary>
internal static class AgeByDecade
{
    /// <summary>Verbs of reaching an age, folded: «بلغ الثمانين»، «تجاوز السبعين»، «وهو يناهز الستين».</summary>
    private static readonly HashSet<string> Reaching = new(StringComparer.Ordinal)
    {
        "بلغ", "بلغت", "يبلغ", "تبلغ", "تجاوز", "تجاوزت", "جاوز", "جاوزت", "ناهز", "ناهزت", "يناهز", "تناهز", "تخطي", "تخطت", "قارب", "قاربت", "يقارب", "تقارب",
    };

    /// <summary>Words of a person's years after the number: «في الستين من عمره».</summary>
    private static readonly HashSet<string> Life = new(StringComparer.Ordinal) { "عمره", "عمرها", "العمر" };

    /// <summary>How many words before the tens «في» or the verb may stand: a unit between («في الخامسة والعشرين»).</summary>
    private const int WordsBefore = 2;

    /// <summary>The tens a decade adjective stands for («الثلاثينية» → «ثلاثين»), or null for another word.</summary>
    public static string? TensOf(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        var word = folded.StartsWith("ال", StringComparison.Ordinal) ? folded[2..] : folded;
        word = word.EndsWith('ه') ? word[..^1] : word;
        return word.EndsWith('ي') && AgeAsDecade.IsTens(word[..^1]) ? word[..^1] : null;
    }

    /// <summary>Whether the text gives someone's age in the decade of <paramref name="tens"/>.</summary>
    public static bool Told(string text, string tens)
    {
        var words = ArabicText.FoldedWords(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (Bare(words[i]) != tens)
            {
                continue;
            }

            var before = words.Skip(Math.Max(0, i - WordsBefore)).Take(Math.Min(i, WordsBefore)).ToList();
            var ofLife = i + 2 < words.Count && words[i + 1] == "من" && Life.Contains(words[i + 2]);
            var aDay = i + 1 < words.Count && words[i + 1] == "من" && !ofLife;
            if (ofLife || !aDay && !before.Contains("منذ") && before.Any(w => w == "في" || Reaching.Contains(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word without «و» and the article: «والعشرين» → «عشرين».</summary>
    private static string Bare(string word)
    {
        var w = word.StartsWith('و') && word.Length > 4 ? word[1..] : word;
        return w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w;
    }
}
