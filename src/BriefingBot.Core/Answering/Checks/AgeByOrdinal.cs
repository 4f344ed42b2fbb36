using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// A person's age is told by the ordinal of the year they are in as often as by «من عمره» or a count of years: «ولم يبق
/// في الجزيرة اليوم سوى أحد عشر معلمًا …، أصغرهم في الخامسة والأربعين» answers «كم عمر أصغر معلمي بناء المراكب؟», though
/// it says neither «عمر» nor «عامًا». The ordinal is the feminine one of a year of life joined to its tens («في الخامسة
/// والأربعين»، «في الحادية والستين»): a day of the month is masculine («الخامس والعشرين من يوليو») and an hour has no tens
/// («في الثالثة فجرًا»). It follows a word of the question's subject in its clause or its apposition.
/// </summary>
internal static partial class AgeByOrdinal
{
    /// <summary>How far after the subject's word the ordinal may stand: «أما يوسف قادري، وهو عامل في الرابعة والثلاثين».</summary>
    private const int Distance = 80;

    /// <summary>Whether the passage tells by an ordinal the age of someone or something the question names.</summary>
    public static bool Beside(JudgedAnswer answer, int passage)
    {
        var text = answer.Top[passage];
        var ages = OrdinalAge().Matches(text);
        if (ages.Count == 0)
        {
            return false;
        }

        var of = answer.Shape.Subject.Where(w => !FactWords.Prepositions.Contains(w) && !Gazetteer.PlacesNamedBy(w).Any())
            .Select(answer.TermOf).OfType<TermMatch>().Where(Literal);
        return of.SelectMany(t => answer.FindAlike(passage, t))
            .Any(s => ages.Any(age => age.Index > s.Start && age.Index - s.Start <= Distance && InApposition(text[s.Start..age.Index])));
    }

    /// <summary>
    /// Whether the words between the subject and the ordinal are one clause, or the name and its apposition («يوسف قادري،
    /// وهو عامل في …»): after another comma the age is someone else's («بناء مركب كامل، أصغرهم في الخامسة والأربعين» is
    /// no age of the boat).
    /// </summary>
    private static bool InApposition(string between)
    {
        if (between.AsSpan().IndexOfAny(".؟?!؛;:") >= 0)
        {
            return false;
        }

        var clauses = between.Split(['،', ',']);
        return clauses.Length == 1 || clauses.Length == 2 && ArabicText.FoldedWords(clauses[1]) is [var first, ..] && first is "وهو" or "وهي";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})في\s+ال(?:حادية|ثانية|ثالثة|رابعة|خامسة|سادسة|سابعة|ثامنة|تاسعة)\s+و(?:ال)?(?:عشرين|ثلاثين|أربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?!\p{L})")]
    private static partial System.Text.RegularExpressions.Regex OrdinalAge();
}
