using static BriefingBot.Core.Answering.Checks.Measures;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for how many, how much or when when no passage found gives a number, a sum or a time
/// (<see cref="DeclineReason.NoNumber"/>, <see cref="DeclineReason.NoSum"/>, <see cref="DeclineReason.NoTime"/>).
/// </summary>
internal sealed class FactGivenCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer) => answer.Shape.Expected switch
    {
        ExpectedAnswer.Number when !answer.Top.Any(PassageFacts.HasNumber) => DeclineReason.NoNumber,
        ExpectedAnswer.Number when (answer.AsksSum || answer.CostsByVerb || answer.PaysByVerb) && !answer.Top.Any(GivesSum) => DeclineReason.NoSum,
        ExpectedAnswer.Time when !answer.Top.Any(PassageFacts.HasTime) => DeclineReason.NoTime,
        _ => (DeclineReason?)null,
    };
}
