using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;
using static BriefingBot.Core.Answering.Checks.Measures;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for how many people live in a place when no passage shown counts them (<see
/// cref="DeclineReason.PopulationNotGiven"/>).
/// </summary>
internal sealed class PopulationCheck : IAnswerCheck
{
    // News gives a population in people («يعيش فيها نحو ثلاثين ألف نسمة») or as a number right after the inhabitants in
    // their clause («عدد سكانها البالغ نحو أربعة ملايين نسمة»، «عدد سكان الحي القديم لا يتجاوز أربعمئة»). A passage that
    // names the inhabitants for what they do («وخرج سكان في الناصرية إلى الشوارع»، «سكان الأهوار، الذين يعيشون على صيد
    // الأسماك») counts no one, and a share of them («ثمانين في المئة من سكان المدينة يعيشون …») is no count of them: the
    // words of a population question all match such passages, and only the number asked tells them apart.
    // The count is of the place asked: the passage names it (or its briefing's title does), by a word of the subject that
    // is no kind of place («مدينة حماة»: «حماة»), as another town's «اثني عشر ألف نسمة» is no population of this one.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (!answer.Shape.AsksPopulation)
        {
            return null;
        }

        var named = answer.Shape.Subject.Where(w => !ArabicWordForms.AnyIn(w, FactWords.PlaceKinds) && !FactWords.Prepositions.Contains(w))
            .Select(answer.TermOf).OfType<TermMatch>().Where(Literal).ToList();
        return answer.Shown.Any(p => GivesPopulation(answer.Top[p]) && (named.Count == 0 || named.Any(t => answer.HasOrTitled(p, t))))
            ? null
            : DeclineReason.PopulationNotGiven;
    }

    /// <summary>
    /// Whether the text counts people: a number among the few words before a unit of people (<see cref="FactWords.PeopleUnits"/>),
    /// or after the inhabitants (<see cref="FactWords.Inhabitants"/>) in their clause, not as a share («في المئة»).
    /// </summary>
    internal static bool GivesPopulation(string text) =>
        text.Split(ClauseStops).Select(ArabicText.FoldedWords).Any(CountsPeople);

    private static bool CountsPeople(IReadOnlyList<string> clause)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            if (ArabicWordForms.AnyIn(clause[i], FactWords.PeopleUnits) && clause.Skip(Math.Max(0, i - UnitReach)).Take(Math.Min(i, UnitReach)).Any(IsNumberWord))
            {
                return true;
            }

            if (ArabicWordForms.AnyIn(clause[i], FactWords.Inhabitants)
                && clause.Skip(i + 1).Select((w, at) => (w, at: i + 1 + at)).Any(n => IsNumberWord(n.w) && !ShareAfter(clause, n.at)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of per cent follows the number within two words: «ثمانين في المئة».</summary>
    private static bool ShareAfter(IReadOnlyList<string> clause, int number) =>
        clause.Skip(number + 1).Take(2).Any(w => ShareWords.Contains(w) || w.Contains('%'));

    /// <summary>The words of per cent after «في» or written on «ب»: a number cannot be one («مئة ألف نسمة»).</summary>
    private static readonly HashSet<string> ShareWords = new(new[] { "المئة", "المائة", "بالمئة", "بالمائة" }.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);

    /// <summary>How many words before a unit of people its number may start: «نحو ثلاثين ألف نسمة».</summary>
    private const int UnitReach = 4;

    /// <summary>What ends a clause (<see cref="FactWords.ClauseEnds"/>), and a question mark: a passage may ask before it counts.</summary>
    private static readonly char[] ClauseStops = [.. FactWords.ClauseEnds, '؟', '?'];
}
