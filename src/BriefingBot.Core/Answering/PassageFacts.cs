using System.Globalization;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Whether a passage holds an answer of the kind a question asks for: a number («كم …؟») or a date or time («متى …؟»).
/// A passage that only mentions the question's subject does not answer «how many» or «when» about it.
/// </summary>
public static class PassageFacts
{
    /// <summary>Digits, or a number written out («ثمانية مليارات»، «سبعين في المئة»، «بالعشرات»).</summary>
    public static bool HasNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ArabicText.FoldedWords(text).Any(w => w.Any(char.IsDigit) || ArabicWordForms.AnyIn(w, FactWords.NumberWords));
    }

    /// <summary>
    /// A date or a time: a month or a weekday, a season after «في/كل», a year, a time unit with «الماضي/المقبل…», «منذ/خلال/في غضون» before a
    /// unit or a number, «أمس/غدًا», «عام» before a number («عام ألفين وأحد عشر»), or a century by its ordinal («القرن الثالث عشر»).
    /// </summary>
    public static bool HasTime(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ArabicText.FoldedWords(text);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (IsYear(word)
                || IsDecade(word)
                || ArabicWordForms.AnyIn(word, FactWords.Months)
                || ArabicWordForms.AnyIn(word, FactWords.Weekdays)
                || ArabicWordForms.AnyIn(word, FactWords.TimeAdverbs))
            {
                return true;
            }

            // «في الصيف»، «كل شتاء»: when something recurs in the year.
            if (i > 0 && words[i - 1] is "في" or "وفي" or "كل" && ArabicWordForms.AnyIn(word, FactWords.Seasons))
            {
                return true;
            }

            if (next is null)
            {
                continue;
            }

            // «مساء الأحد»، «ليلة الاقتراع»: a time of day names when, whatever follows it.
            if (ArabicWordForms.AnyIn(word, TimesOfDay))
            {
                return true;
            }

            var isUnit = ArabicWordForms.AnyIn(word, FactWords.TimeUnits) || IsPluralUnit(word);
            if (isUnit && (ArabicWordForms.AnyIn(next, FactWords.RelativeTimes) || IsYear(next) || IsNumber(next) && IsYearUnit(word)))
            {
                return true;
            }

            // «في القرن الثالث عشر»، «القرن التاسع عشر»: a century is named by its ordinal, a time as much as a year is.
            if (ArabicWordForms.Readings(word).Any(r => r == "قرن") && CenturyOrdinals.Contains(next))
            {
                return true;
            }

            if (ArabicWordForms.AnyIn(word, FactWords.TimeOpeners)
                && (ArabicWordForms.AnyIn(next, FactWords.TimeUnits) || IsPluralUnit(next) || IsNumber(next)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «في التسعينيات»، «مطلع الثمانينيات»، «منذ ستينيات القرن الماضي»: a decade is named by its tens and «يات», with the
    /// article or before «القرن», after a conjunction or a preposition; a time as much as a year is.
    /// </summary>
    private static bool IsDecade(string word) => DecadeWord.IsMatch(word);

    /// <summary>The tens a folded word names as a decade («التسعينيات»: «تسعين»), or null.</summary>
    internal static string? DecadeOf(string word) => DecadeWord.Match(word) is { Success: true } m ? m.Groups[2].Value : null;

    private static readonly System.Text.RegularExpressions.Regex DecadeWord = new(
        "^[وفبل]?(ال)?(عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)يات$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool IsNumber(string word) => word.Any(char.IsDigit) || ArabicWordForms.AnyIn(word, FactWords.NumberWords);

    private static bool IsYear(string word) =>
        word.Length == 4 && word.All(char.IsDigit)
        && int.TryParse(new string(word.Select(c => (char)('0' + (int)char.GetNumericValue(c))).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year is >= 1800 and <= 2200;

    /// <summary>«عام» or «سنة» before a number names a year («عام ألفين»); «يوم» before one does not.</summary>
    private static bool IsYearUnit(string word) => ArabicWordForms.Readings(word).Any(r => r is "عام" or "سنه");

    private static readonly HashSet<string> PluralUnits = ["ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "عقود", "ساعات"];

    /// <summary>The ordinals a century is named by, folded: «القرن الأول» to «القرن العشرين» («الحادي عشر» by its first word).</summary>
    private static readonly HashSet<string> CenturyOrdinals =
        ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "العشرين"];

    private static readonly HashSet<string> TimesOfDay = ["مساء", "صباح", "ليله", "فجر"];

    private static bool IsPluralUnit(string word) => ArabicWordForms.AnyIn(word, PluralUnits);
}
