using System.Text.RegularExpressions;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a how-many or how-much question naming a year or a decade when no passage shown gives a number in the clause
/// that speaks of it (<see cref="DeclineReason.FigureNotOfYear"/>).
/// </summary>
internal sealed partial class FigureOfYearCheck : IAnswerCheck
{
    // The year check asks only that a passage shown speak of the year. News names years for many things besides the figure
    // asked: when a line opened («منذ تشغيله عام 2018»), since when a festival runs («ويقام كل عام منذ 2019 مهرجان …، وقد
    // حضره هذا العام نحو أربعة آلاف زائر»), a model or a plan. A figure of a year is said in the year's clause: «وصدرت
    // المؤسسة في 2026 نحو ألف وثمانمئة طن»، «مقابل أحد عشر ألفًا عام 2016». A year set before its sentence by a comma
    // («وفي عام 2019، استقبلت المدينة …») reaches into the clause after it. Only years asked in digits: «هذا العام» and «العام
    // الماضي» are how readers ask of the news itself, and the news gives this year's figures without naming the year. A year
    // the briefing's title writes is what its news is about, as for the year check. A decade asked («كم بيتًا رُمم في
    // التسعينيات؟») is as a year: «وكان في الميناء في السبعينيات أكثر من مئة قارب» counts of it, «انتقل الأهالي منذ
    // التسعينيات إلى بيوت حديثة» does not.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;
        var decades = shape.About.Select(PassageFacts.DecadeOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (shape.Expected != ExpectedAnswer.Number || shape.Years.Count == 0 && decades.Count == 0)
        {
            return null;
        }

        var passages = answer.Shown.Select(answer.PassageAt).ToList();
        var unfigured = shape.Years.Where(year => !passages.Any(p => YearCheck.WritesYear(p.BriefingTitle, year)));
        return unfigured.Any(year => !passages.Any(p => GivesFigureOf(p, year)))
            || decades.Any(tens => !passages.Any(p => GivesFigureOf(p, tens)))
            ? DeclineReason.FigureNotOfYear
            : null;
    }

    /// <summary>Whether a clause of the passage speaks of the year and holds a number besides years.</summary>
    private static bool GivesFigureOf(Briefings.Passage passage, int year) =>
        GivesFigure(passage.Text, clause => YearCheck.SpeaksOfYear(passage with { Text = clause, BriefingTitle = string.Empty }, year));

    /// <summary>Whether a clause of the passage names the decade («في السبعينيات») and holds a number besides it.</summary>
    private static bool GivesFigureOf(Briefings.Passage passage, string tens) =>
        GivesFigure(passage.Text, clause => ArabicText.FoldedWords(clause).Any(w => PassageFacts.DecadeOf(w) == tens));

    /// <summary>
    /// Whether a clause that speaks of the time holds a number besides years and decades (a thousand or a million in the
    /// dual is one: «مليوني مسافر»); a clause that only places its
    /// sentence in time is read with the clause after it.
    /// </summary>
    private static bool GivesFigure(string text, Func<string, bool> speaksOfTime)
    {
        var clauses = text.Split(ClauseEnds);
        for (var i = 0; i < clauses.Length; i++)
        {
            if (!speaksOfTime(clauses[i]))
            {
                continue;
            }

            var said = IsTimeAlone(clauses[i]) && i + 1 < clauses.Length ? clauses[i] + " " + clauses[i + 1] : clauses[i];
            var words = ArabicText.FoldedWords(YearDigits().Replace(said, " ")).Where(w => PassageFacts.DecadeOf(w) is null);
            if (UncountedThingCheck.HasCount(string.Join(' ', words)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A clause of a few words that only places its sentence in time: «وفي عام 2019»، «وفي السبعينيات».</summary>
    private static bool IsTimeAlone(string clause) => ArabicText.FoldedWords(clause).Count <= 3;

    /// <summary>What ends a clause: the clause marks and the sentence ends.</summary>
    private static readonly char[] ClauseEnds = [.. FactWords.ClauseEnds, '!', '?', '؟', '\n'];

    [GeneratedRegex(@"(?<!\d)(?:1[89]|20)\d\d(?!\d)")]
    private static partial Regex YearDigits();
}
