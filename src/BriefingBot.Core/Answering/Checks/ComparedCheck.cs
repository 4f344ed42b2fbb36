using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question for a difference when no passage shown names both things (<see cref="DeclineReason.NotCompared"/>).</summary>
internal sealed class ComparedCheck : IAnswerCheck
{
    // A difference is told where both things are named: «الدولار» in one passage and nothing of «اليورو» is not it.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape.Compared.Count > 0)
        {
            var compared = answer.Shape.Compared.Select(answer.TermOf).ToList();
            if (compared.Any(t => t is null || !Literal(t)) || !answer.Shown.Any(passage => compared.All(t => answer.Holds(passage, t!))))
            {
                return DeclineReason.NotCompared;
            }
        }

        return null;
    }
}
