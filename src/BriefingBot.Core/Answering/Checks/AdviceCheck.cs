using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question for advice with a verb the briefings never use (<see cref="DeclineReason.Advice"/>).</summary>
internal sealed class AdviceCheck : IAnswerCheck
{
    // The verb itself: «مطابخ» is of the family of «أطبخ», but a briefing that mentions kitchens gives no recipe.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape.AdviceVerb is { } verb && answer.TermOf(verb) is { } asked && !Literal(asked) ? DeclineReason.Advice : null;
}
