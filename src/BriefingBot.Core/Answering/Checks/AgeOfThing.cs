using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// The age of a thing is told by how far back it dates: «ورسوم صخرية يعود أقدمها إلى نحو اثني عشر ألف عام» answers «كم عمر
/// أقدم الرسوم الصخرية في وادي رم؟», though it never says «عمر». The passage says what dates back (a word of the question's
/// subject) in the clause of the verb of dating back, and then counts the years («اثني عشر ألف عام»); a year it dates to
/// («يعود إلى عام 1998») is a date, not an age, and «يعمل منذ ثلاثين عامًا» is how long someone has worked.
/// </summary>
internal static class AgeOfThing
{
    /// <summary>Verbs of dating back: «يعود أقدمها إلى …»، «ترجع إلى …».</summary>
    private static readonly IReadOnlySet<string> DatingBack = FactWords.Set("يعود", "تعود", "يعودان", "تعودان", "يرجع", "ترجع");

    /// <summary>«إلى» as folded.</summary>
    private static readonly IReadOnlySet<string> To = FactWords.Set("إلى");

    /// <summary>Units an age is counted in: «ألف عام»، «ثلاثة قرون».</summary>
    private static readonly IReadOnlySet<string> Years = FactWords.Set("عام", "أعوام", "سنة", "سنوات", "سنين", "قرن", "قرون");

    /// <summary>Whether the passage dates back a thing the question names by a count of years, in one clause.</summary>
    public static bool Beside(JudgedAnswer answer, int passage)
    {
        var of = answer.Shape.Subject.Where(w => !FactWords.Prepositions.Contains(w) && !Gazetteer.PlacesNamedBy(w).Any())
            .Select(answer.TermOf).OfType<TermMatch>().Where(Literal).ToList();
        var text = answer.Top[passage];
        var named = of.SelectMany(t => answer.FindAlike(passage, t)).Select(s => s.Start).ToList();
        var start = 0;
        foreach (var clause in text.Split(FactWords.ClauseEnds))
        {
            var end = start + clause.Length;
            if (named.Any(at => at >= start && at < end) && CountsYearsBack(ArabicText.FoldedWords(clause).ToList()))
            {
                return true;
            }

            start = end + 1;
        }

        return false;
    }

    /// <summary>Whether a verb of dating back is followed by «إلى» and then a number counted in years.</summary>
    private static bool CountsYearsBack(List<string> words)
    {
        var back = words.FindIndex(w => ArabicWordForms.AnyIn(w, DatingBack));
        var to = back < 0 ? -1 : words.FindIndex(back + 1, To.Contains);
        return to >= 0 && words.Skip(to + 1).Zip(words.Skip(to + 2), (number, unit) => Measures.IsNumberWord(number) && Measures.IsUnit(unit, Years)).Any(x => x);
    }
}
