using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.Measures;
using static BriefingBot.Core.Answering.Checks.PricedThings;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a price question whose thing is named with a word that says which («اللبان السحلي»، «صمغ الطلح»، «رغيف
/// الخبز») when no passage shown that gives a sum names the thing with that word (<see cref="DeclineReason.PriceNotOfThing"/>).
/// </summary>
internal sealed class PriceOfQualifiedThingCheck : IAnswerCheck
{
    // News prices one kind of a thing and only names the others: «سعر الكيلوغرام من اللبان الحوجري … ثمانية عشر ريالًا»
    // is no price of «اللبان السحلي», which another passage names without a price. The definite word right after the
    // thing (its adjective, «اللبان السحلي», or the noun it is of, «صمغ الطلح») says which kind is asked; a word without
    // the article there says something else of it («سعر الذهب اليوم أعلى …»). A word the briefings never use as written
    // is left to the other checks. A ticket is priced by what it rides (PricedThings), not by the words after it.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;
        if (shape.Expected is not (ExpectedAnswer.Number or ExpectedAnswer.Any) || shape.Attribute is not { } attribute || UnitsOf(attribute) != FactWords.Currencies)
        {
            return null;
        }

        var words = shape.Subject.SkipWhile(w => !MayBeThingPriced(w)).TakeWhile(MayBeThingPriced).Take(2).ToList();
        if (words is not [var thing, var which] || !which.StartsWith("ال", StringComparison.Ordinal) || ArabicWordForms.AnyIn(thing, FactWords.Tickets))
        {
            return null;
        }

        var terms = answer.LiteralTerms(words).Select(t => t.Term).ToList();
        return terms.Count == 2 && terms[0].Term != terms[1].Term
            && !answer.Shown.Any(passage => GivesSum(answer.Top[passage]) && terms.All(t => answer.HasOrTitled(passage, t)))
            ? DeclineReason.PriceNotOfThing
            : null;
    }
}
