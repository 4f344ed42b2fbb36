using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question naming a year no passage shown speaks of (<see cref="DeclineReason.YearNotInAnswer"/>).</summary>
internal sealed partial class YearCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var (shape, shown) = (answer.Shape, answer.Shown);

        // A year asked is said in the passage, or by «هذا العام / العام الماضي / العام المقبل» of the briefing's own date: a
        // figure of 2025 is no deficit of 2023.
        // A year the briefing's title names is what its news is about («المغرب ومونديال 2030»).
        // «العام الماضي» asked is the year before the briefing's date.
        // And said in the news of what the year is asked of: a briefing whose passages shown (or title) name it. «منذ عام
        // 2020» of a port's builder in another briefing dates no guaranteed cotton price; within one briefing the year's
        // passage may tell the thing in other words.
        var dated = shape.Dated.Select(answer.TermOf).OfType<TermMatch>().Where(Literal).DistinctBy(t => t.Term).ToList();
        bool DatesAsked(int passage, int year) => SpeaksOfYear(answer.PassageAt(passage), year)
            && (dated.Count == 0 || shown.Any(other => answer.PassageAt(other).BriefingId == answer.PassageAt(passage).BriefingId && dated.Any(t => answer.HasOrTitled(other, t))));
        if (shape.Years.Count > 0 && !shape.Years.All(year => shown.Any(passage => DatesAsked(passage, year)))
            || shape.RelativeYear is { } relative && !shown.Any(passage => DatesAsked(passage, answer.PassageAt(passage).BriefingDate.Year + relative)))
        {
            return DeclineReason.YearNotInAnswer;
        }

        return null;
    }

    /// <summary>
    /// Whether the passage (or its briefing's title) speaks of the year: its digits («عام 2025»، «2026/2027»), a year in
    /// words («ألفين وخمسة وعشرين»), or «هذا العام» / «العام الماضي» / «العام المقبل» (also of a kind: «العام الدراسي
    /// الماضي») counted from the briefing's date.
    /// </summary>
    internal static bool SpeaksOfYear(Passage passage, int year)
    {
        var text = passage.Text;
        if (WritesYear(passage.BriefingTitle, year) || WritesYear(text, year))
        {
            return true;
        }

        var words = ArabicText.FoldedWords(text);
        var offset = year - passage.BriefingDate.Year;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // A year in words is read to its end: «عام ألفين وخمسة وعشرين» speaks of 2025, not of 2024 nor of 2026, which the
            // briefing's other passages give their own figures of.
            if ((w.StartsWith("الفين", StringComparison.Ordinal) || w.StartsWith("والفين", StringComparison.Ordinal) || w.StartsWith("الفان", StringComparison.Ordinal))
                && YearInWords(words, i) == year)
            {
                return true;
            }

            if (!FactWords.YearWritten.Nouns.Contains(w) || i + 1 >= words.Count)
            {
                continue;
            }

            // «العام الدراسي الماضي»: the kind of year stands between the noun and the word that places it.
            var next = FactWords.YearKinds.Contains(words[i + 1]) && i + 2 < words.Count ? words[i + 2] : words[i + 1];
            var before = i > 0 ? words[i - 1] : string.Empty;
            if (offset == 0 && (FactWords.YearWritten.This.Contains(next) || before is "هذا" or "هذه"))
            {
                return true;
            }

            if (offset == -1 && FactWords.YearWritten.Last.Contains(next))
            {
                return true;
            }

            if (offset == 1 && FactWords.YearWritten.Next.Contains(next))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The year written in words from the «ألفين» at <paramref name="at"/> on: a unit after «و», then «عشر» or a ten after
    /// «و», or a ten alone («ألفين وستة وعشرين» → 2026، «ألفين وأحد عشر» → 2011، «ألفين وعشرة» → 2010، «ألفين» alone → 2000).
    /// A number after the year is none of it: «ألفين وخمسة وعشرين ستة ملايين طن».
    /// </summary>
    internal static int YearInWords(IReadOnlyList<string> words, int at)
    {
        string? After(int i, bool and) => i >= words.Count ? null : !and ? words[i] : words[i].StartsWith('و') ? words[i][1..] : null;
        if (After(at + 1, and: true) is not { } first)
        {
            return 2000;
        }

        if (YearUnits.TryGetValue(first, out var unit))
        {
            var ten = After(at + 2, and: false) is "عشر" or "عشره" ? 10
                : After(at + 2, and: true) is { } tens && YearTens.TryGetValue(tens, out var t) && t > 10 ? t
                : 0;
            return 2000 + unit + ten;
        }

        return YearTens.TryGetValue(first, out var alone) ? 2000 + alone : 2000;
    }

    /// <summary>The units (folded) a year after 2000 is written in: «وستة»، «وأحد».</summary>
    private static readonly Dictionary<string, int> YearUnits = new(StringComparer.Ordinal)
    {
        ["واحد"] = 1,
        ["احد"] = 1,
        ["اثنين"] = 2,
        ["اثنان"] = 2,
        ["اثني"] = 2,
        ["ثلاثه"] = 3,
        ["ثلاث"] = 3,
        ["اربعه"] = 4,
        ["اربع"] = 4,
        ["خمسه"] = 5,
        ["خمس"] = 5,
        ["سته"] = 6,
        ["ست"] = 6,
        ["سبعه"] = 7,
        ["سبع"] = 7,
        ["ثمانيه"] = 8,
        ["ثماني"] = 8,
        ["ثمان"] = 8,
        ["تسعه"] = 9,
        ["تسع"] = 9,
    };

    /// <summary>The tens (folded) a year after 2000 is written in: «وعشرة»، «وعشرين».</summary>
    private static readonly Dictionary<string, int> YearTens = new(StringComparer.Ordinal)
    {
        ["عشره"] = 10,
        ["عشرين"] = 20,
        ["عشرون"] = 20,
        ["ثلاثين"] = 30,
        ["ثلاثون"] = 30,
        ["اربعين"] = 40,
        ["اربعون"] = 40,
        ["خمسين"] = 50,
        ["خمسون"] = 50,
        ["ستين"] = 60,
        ["سبعين"] = 70,
        ["ثمانين"] = 80,
        ["تسعين"] = 90,
    };

    /// <summary>Whether the text writes the year in digits («عام 2025»، «2026/2027»).</summary>
    internal static bool WritesYear(string text, int year) =>
        YearDigits().Matches(text).Any(m => m.Value.Aggregate(0L, (n, c) => (n * 10) + (long)char.GetNumericValue(c)) == year);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\d)\d{4}(?!\d)")]
    private static partial System.Text.RegularExpressions.Regex YearDigits();
}
