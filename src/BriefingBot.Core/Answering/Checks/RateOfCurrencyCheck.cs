namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for the rate of one currency against another («كم يبلغ سعر الدينار البحريني مقابل الدولار؟») when
/// no passage shown gives a number where it names both (<see cref="DeclineReason.RateNotGiven"/>).
/// </summary>
internal sealed class RateOfCurrencyCheck : IAnswerCheck
{
    // A rate is told in one breath: «الدولار الذي كان يساوي نحو ثلاثين جنيهًا»، «تجاوز سعر الدولار الواحد ألفين وثمانمئة
    // ريال». Passages that give sums in dinars (a budget's deficit) and, a clause later, a price in dollars (a barrel's) name
    // both currencies and give numbers, and every word of the question but its rate: they are no rate.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape.Exchanged is [var priced, var pricedIn]
        && !answer.Shown.Any(p => Measures.RateInOneClause(answer.Top[p], priced, pricedIn))
            ? DeclineReason.RateNotGiven
            : null;
}
