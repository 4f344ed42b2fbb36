using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>The span of time a rate is given by: a day, a week, a month or a year.</summary>
internal enum RatePeriod
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// Where a text gives an amount by the day, the week, the month or the year: «يوميًا»، «في اليوم»، «كل يوم»، «شهريًا»،
/// «بالشهر»، «الأجر الشهري»، «أسبوعيًا»، «سنويًا»، «في السنة»، «كل عام».
/// </summary>
internal static class RatePeriods
{
    // Folded words: the adverb («يوميا»، «شهريا»), the adjective in any form («اليومي»، «الشهرية»، «والأسبوعية»), and the
    // noun after a preposition or «كل» («في اليوم»، «بالشهر»، «فالنهار»، «كل أسبوع»), or before «الواحد» («اليوم الواحد»).
    private static readonly (RatePeriod Period, string Adjective, string[] Nouns)[] Periods =
    [
        (RatePeriod.Day, "يومي", ["يوم", "اليوم", "النهار", "نهار"]),
        (RatePeriod.Week, "اسبوعي", ["اسبوع", "الاسبوع"]),
        (RatePeriod.Month, "شهري", ["شهر", "الشهر"]),
        (RatePeriod.Year, "سنوي", ["سنه", "السنه", "عام", "العام"]),
    ];

    /// <summary>The period the words give a rate by, the first named; null when they name none.</summary>
    public static RatePeriod? In(IReadOnlyList<string> words) => FirstNamed(words, _ => true);

    /// <summary>The first period of those <paramref name="considered"/> the words give a rate by; null when they name none.</summary>
    private static RatePeriod? FirstNamed(IReadOnlyList<string> words, Func<RatePeriod, bool> considered)
    {
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (period, adjective, nouns) in Periods)
            {
                if (considered(period) && Names(words, i, adjective, nouns))
                {
                    return period;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text gives anything by a period of a day, a week or a month, whichever of them is asked: a rate by another
    /// period is the asked one reckoned («شالًا واحدًا كل أسبوعين» answers how many a month). A year's figure answers how
    /// many a year only: news gives a day's or a month's rate by its own period, and a year's count reckoned down is none.
    /// </summary>
    public static bool SaysAny(string text, RatePeriod asked) =>
        FirstNamed(ArabicText.FoldedWords(text), period => asked == RatePeriod.Year || period != RatePeriod.Year) is not null;

    /// <summary>
    /// Whether the word at <paramref name="at"/> names the period: the adjective or its adverb, behind the article or «و»
    /// («يوميا»، «الشهرية»، «والأسبوعي»; not the dual «شهرين»), the noun with «ب/ف» written on it («بالشهر»، «فالنهار»), or
    /// after «في» with its article or after «كل» («في اليوم»، «كل شهر»), or before «واحد» («في يوم واحد»). «اليوم» alone is
    /// today, «في شهر آب» a date, and a noun with a definite adjective after it is a date too («في اليوم التالي»، «بالشهر
    /// الماضي»), not a rate; «اليوم الواحد» is one.
    /// </summary>
    private static bool Names(IReadOnlyList<string> words, int at, string adjective, string[] nouns)
    {
        var word = words[at].StartsWith('و') && words[at].Length > 4 ? words[at][1..] : words[at];
        var bare = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        if (bare == adjective || bare == adjective + "ا" || bare == adjective + "ه")
        {
            return true;
        }

        var next = at + 1 < words.Count ? words[at + 1] : string.Empty;
        // «في العام 2025» names a year as «في العام الماضي» does.
        if (next.StartsWith("ال", StringComparison.Ordinal) && next != "الواحد" || next.Any(char.IsDigit))
        {
            return false;
        }

        // «بعام 2024» compares with a year, «بالعام» is by it.
        return word.Length > 3 && word[0] is 'ب' or 'ف' && nouns.Contains(word[1..]) && (adjective != "سنوي" || word[1..].StartsWith("ال", StringComparison.Ordinal))
            || nouns.Contains(word) && (at > 0 && (words[at - 1] == "في" && word.StartsWith("ال", StringComparison.Ordinal) || words[at - 1] == "كل") || next is "الواحد" or "واحد")
            || at > 0 && words[at - 1] == "كل" && word.EndsWith("ين", StringComparison.Ordinal) && nouns.Contains(word[..^2]);
    }
}
