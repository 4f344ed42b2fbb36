using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
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
    // A work («بناء»، «ترميم»، «استئجار») or a body by its kind («وزارة») is said of many things: what cost it is the word
    // after it, which the passage names too («كم تبلغ كلفة بناء العبارة؟» is not answered by «كلفة إعادة بناء ما دمرته
    // الحرب»).
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (!answer.AsksSum)
        {
            return null;
        }

        var costed = Described(answer.Shape.About).Where(IsNoUnit).Select(w => (Word: w, Term: answer.TermOf(w))).Where(t => t.Term is not null && Literal(t.Term)).Take(2).ToList();
        if (costed.Count == 0)
        {
            return null;
        }

        var named = costed.Count > 1 && (ArabicWordForms.AnyIn(costed[0].Word, FactWords.WorksCosted) || SpeakerLexicon.IsBodyNoun(costed[0].Word) || IsNamedProject(costed[0].Word, costed[1].Word)) ? costed : costed.Take(1).ToList();
        return !answer.Shown.Any(passage => GivesSum(answer.Top[passage]) && named.All(t => answer.HasOrTitled(passage, t.Term!)))
            ? DeclineReason.SumNotOfSubject
            : null;
    }

    /// <summary>
    /// Whether the word is no unit the thing is sold by: «كم ثمن كيلو السردين في الدار البيضاء؟» asks the price of sardines,
    /// which news gives by another spelling of the unit or none («سعر الكيلوغرام … ثلاثين درهما»), so the unit says how much
    /// of what is costed, not what.
    /// </summary>
    private static bool IsNoUnit(string word) => !ArabicWordForms.AnyIn(word, FactWords.CountUnits);

    /// <summary>
    /// Whether the words are a project and its own name, definite («مشروع الناقل الوطني»، «مشروع الممر الجنوبي»): the name
    /// says which project, and the sum's passage names it. A project told by its work («مشروع ضخ المياه») is not read so:
    /// news writes the work with a clitic («مشروع لضخ المياه … بكلفة»), which the check does not find as the question's word.
    /// </summary>
    private static bool IsNamedProject(string word, string next) =>
        FactWords.Projects.Contains(word) && next.StartsWith("ال", StringComparison.Ordinal) && next.Length > 4;

    /// <summary>The words without a relative pronoun and the verb right after it.</summary>
    private static IEnumerable<string> Described(IReadOnlyList<string> words) =>
        words.Where((w, i) => !FactWords.RelativePronouns.Contains(w) && !(i > 0 && FactWords.RelativePronouns.Contains(words[i - 1])));
}
