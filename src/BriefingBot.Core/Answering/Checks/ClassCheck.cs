using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question of a class of ticket no passage shown speaks of (<see cref="DeclineReason.ClassNotInAnswer"/>).</summary>
internal sealed class ClassCheck : IAnswerCheck
{
    // A class of ticket is spoken of by its noun and the class («في الدرجة الأولى»): the economy fare is no first-class one.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape.Tier.Count > 0 && !answer.Shown.Any(passage => QuestionShape.TierIn(ArabicText.FoldedWords(answer.Top[passage])).Intersect(answer.Shape.Tier).Any())
            ? DeclineReason.ClassNotInAnswer
            : null;
}
