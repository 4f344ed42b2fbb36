using BriefingBot.Core.Search;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a how-many or how-much question asked in a place named by its kind and its name, that the gazetteer does not
/// know («كم مركزًا لشراء التبغ في محافظة طرطوس؟»، «كم غرفة في بيت النوخذة محمد العريض؟») when no passage shown that gives a
/// number names it (<see cref="DeclineReason.FactNotOfSubject"/>).
/// </summary>
internal sealed class LocusOfCountCheck : IAnswerCheck
{
    // The name says which of its kind is asked: a passage counting rooms in another house, or purchase centres in Latakia,
    // gives no number of this one. The name is found as written (no misspelling read as it), in the passage or its
    // briefing's title («مقهى البارودي …» titling the passages that count its cups).
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var locus = answer.Shape.Locus.Select(answer.TermOf).OfType<TermMatch>().Where(t => Literal(t) && !t.Fuzzy).ToList();
        if (locus.Count == 0 || locus.Count != answer.Shape.Locus.Count)
        {
            return null;
        }

        return answer.Shown.Any(p => PassageFacts.HasNumber(answer.Top[p]) && locus.All(t => answer.Titled(p, t) || answer.FindAlike(p, t).Count > 0))
            ? null
            : DeclineReason.FactNotOfSubject;
    }
}
