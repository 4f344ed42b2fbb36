using BriefingBot.Core.Search;
using static BriefingBot.Core.Answering.Checks.IndexLookups;
using static BriefingBot.Core.Answering.Checks.Measures;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for what something cost when the passages shown give sums only where they do not name it
/// (<see cref="DeclineReason.SumNotOfSubject"/>).
/// </summary>
internal sealed class SumOfSubjectCheck : IAnswerCheck
{
    // Asked what something cost, the sum answers where the passage names what cost it («كم تكلفة ميناء مبارك الكبير؟»:
    // «استكمال ميناء مبارك الكبير … بكلفة تقارب أربعة مليارات دولار»): the first word after the cost noun that the
    // briefings use. What the briefing is about (its title names it: «طريق التنمية») goes without saying in its passages:
    // «وتقدّر الحكومة الكلفة الإجمالية للمشروع بنحو سبعة عشر مليار دولار».
    // A relative clause after the sum noun describes the sum by what was done with it («كم يبلغ المبلغ الذي تأخرت أربيل في
    // تسليمه؟»): its verb is told in other words («لم تسلّم»), and the first word after it names whose the sum is.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.AsksSum
        && Described(answer.Shape.About).Select(answer.TermOf).OfType<TermMatch>().FirstOrDefault(Literal) is { } costed
        && !answer.Shown.Any(passage => GivesSum(answer.Top[passage])
            && answer.HasOrTitled(passage, costed))
            ? DeclineReason.SumNotOfSubject
            : null;

    /// <summary>The words without a relative pronoun and the verb right after it.</summary>
    private static IEnumerable<string> Described(IReadOnlyList<string> words) =>
        words.Where((w, i) => !FactWords.RelativePronouns.Contains(w) && !(i > 0 && FactWords.RelativePronouns.Contains(words[i - 1])));
}
