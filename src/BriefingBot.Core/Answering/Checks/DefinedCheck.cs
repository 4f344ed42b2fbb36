using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question for what something is when no passage shown names it (<see cref="DeclineReason.NotDefined"/>).</summary>
internal sealed class DefinedCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape.Defined.Count > 0)
        {
            var defined = answer.Shape.Defined.Select(answer.TermOf).OfType<TermMatch>().ToList();
            if (defined.Count > 0 && !answer.Shown.Any(passage => defined.All(t => answer.Holds(passage, t))))
            {
                return DeclineReason.NotDefined;
            }
        }

        return null;
    }
}
