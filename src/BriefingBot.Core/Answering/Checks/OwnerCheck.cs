using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question for who owns something when no passage shown says it (<see cref="DeclineReason.OwnerNotNamed"/>).</summary>
internal sealed class OwnerCheck : IAnswerCheck
{
    // Who owns something is said by a word of owning, a share of its capital or a body it belongs to, where the passage
    // (or its briefing's title) names what is owned: «الذي تشغّله شركة تاف التركية» says who runs the airport, and a
    // passage where someone owns something else is no answer.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape.AsksOwner)
        {
            // «ملكية» in «لمن تعود ملكية …» is the frame, not what is owned.
            var owned = answer.Shape.About.Where(w => !w.Any(char.IsDigit) && !ArabicWordForms.AnyIn(w, FactWords.Ownership)).Select(answer.TermOf).OfType<TermMatch>().Where(Literal).ToList();
            if (!answer.Shown.Any(passage => ArabicText.FoldedWords(answer.Top[passage]).Any(w => ArabicWordForms.AnyIn(w, FactWords.Ownership))
                    && (owned.Count == 0 || owned.Any(t => answer.HasOrTitled(passage, t)))))
            {
                return DeclineReason.OwnerNotNamed;
            }
        }

        return null;
    }
}
