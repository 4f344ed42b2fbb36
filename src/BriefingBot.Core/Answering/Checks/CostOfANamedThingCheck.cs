using BriefingBot.Core.Search;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for what a thing named by its kind and its name cost («كم كلف بناء جسر صالح باي؟»، «كم تبلغ كلفة
/// نفق شوم؟») when no passage shown that gives a sum names it (<see cref="DeclineReason.SumNotOfSubject"/>).
/// </summary>
internal sealed class CostOfANamedThingCheck : IAnswerCheck
{
    // The name says which one of its kind is asked: the sixty million dinars of a bridge's sensors is no cost of another
    // bridge the briefing names by its length. The name is found as written (no misspelling read as it), in the passage
    // giving the sum or its briefing's title. A costing verb is judged only so: what cost is said in the reader's words as
    // often as the news's («كم يكلف درس الطب»), but a name is a name.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (!(answer.AsksSum || answer.CostsByVerb))
        {
            return null;
        }

        var name = answer.Shape.NamedThing.Select(answer.TermOf).OfType<TermMatch>().Where(t => Literal(t) && !t.Fuzzy).ToList();
        if (name.Count == 0 || name.Count != answer.Shape.NamedThing.Count)
        {
            return null;
        }

        // Judged only where a passage shown names the thing, so that the news is about it: a thing the passages shown never
        // name may be costed by its kind alone («وبلغت كلفة المستشفى …»).
        bool Names(int p) => name.All(t => answer.Names(p, t));
        return answer.Shown.Any(Names) && !answer.Shown.Any(p => Measures.GivesSum(answer.Top[p]) && Names(p))
            ? DeclineReason.SumNotOfSubject
            : null;
    }
}
