using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question naming a place none of the answer's briefings names (<see cref="DeclineReason.PlaceNotInAnswer"/>).
/// </summary>
internal sealed class PlaceInAnswerCheck : IAnswerCheck
{
    // A place is what the question is about: a briefing the answer comes from must name it, if not the passage itself.
    // Not a place named by its adjective: «المناورات الأمريكية» are told in a briefing that says «الولايات المتحدة».
    // A capital asked as its government («ماذا قررت دمشق …؟») is named by its country too («الحكومة السورية»).
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var (index, briefings) = (answer.Index, answer.Briefings);
        return answer.Shape.Places.Where(p => !Gazetteer.IsAdjectiveOfPlace(p) || ArabicWordForms.AnyIn(p, Gazetteer.Places)).Any(p => !briefings.Any(b => Names(index, p, b) || answer.GovernedFrom(p).Any(country => Names(index, country, b))))
            || answer.Shape.Compounds.Any(c => !briefings.Any(b => Says(index, c, b) || c.Also.Any(a => Names(index, a, b))))
            ? DeclineReason.PlaceNotInAnswer
            : null;
    }
}
