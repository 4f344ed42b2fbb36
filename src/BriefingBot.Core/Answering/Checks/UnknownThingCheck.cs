namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a how-many or attribute question whose thing's name the briefings never use in any form
/// (<see cref="DeclineReason.UnknownThing"/>).
/// </summary>
internal sealed class UnknownThingCheck : IAnswerCheck
{
    // The thing a how-many or attribute question asks of is named by its construct («غرامة التدخين»): a word of it that
    // the briefings never use in any form leaves them nothing to count or to describe, whatever else matches.
    // A definite word after a definite one is its adjective («الأدوية المغشوشة»), which may be a reader's synonym of the
    // briefing's («المزورة»); after an indefinite head it is the construct's noun («طلاب الصيدلة»), the thing itself, and
    // under a preposition what it is measured in («سعر الخبز بالأوقية»).
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;
        return shape.Asked.Skip(1).Where((w, i) => !(w.StartsWith("ال", StringComparison.Ordinal) && QuestionShape.Definite(shape.Asked[i])))
                .Any(w => !w.Any(char.IsDigit) && answer.TermOf(w) is { Known: false })
            ? DeclineReason.UnknownThing
            : null;
    }
}
