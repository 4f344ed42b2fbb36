using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A sum asked through a relative clause («كم المبلغ الذي تأخرت الحكومة في دفعه؟») is the sum of the one the clause names,
/// not of its verb, which the news tells in other words («لم تدفع بعد»).
/// </summary>
public sealed class SumDescribedByARelativeClauseCheckTests() : BriefingsAnswerSpec(Contractors)
{
    private static readonly Briefing Contractors = Indexes.TitledBriefing(
        "2026-12-10-contractors",
        "شركات المقاولات تنتظر مستحقاتها",
        "وقالت وزارة المالية إن الحكومة لم تدفع بعد نحو ثلاثمئة مليون دينار من مستحقات شركات المقاولات عن مشاريع الطرق.",
        "وتأخرت أعمال الطريق الدائري شهرين بسبب الأمطار.",
        "وتعمل البلدية على إصلاح الطريق الدائري.");

    [Fact]
    public void The_sum_is_of_the_one_the_relative_clause_names_not_of_its_verb()
    {
        var answer = Ask("كم المبلغ الذي تأخرت الحكومة في دفعه للشركات؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وقالت وزارة المالية", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_of_someone_no_passage_with_a_sum_names_is_still_declined()
    {
        Assert.Equal(DeclineReason.SumNotOfSubject, Ask("كم المبلغ الذي تأخرت البلدية في دفعه؟").Declined);
    }
}
