using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The rate of one currency against another («كم سعر الدينار مقابل الدولار؟») is answered only by a passage that gives a
/// number where it names both: a deficit in dinars and, a clause later, a barrel's price in dollars is no rate.
/// </summary>
public sealed class RateOfCurrencyCheckTests() : BriefingsAnswerSpec(Budget)
{
    private static readonly Briefing Budget = Indexes.TitledBriefing(
        "2027-01-22-budget",
        "عجز الميزانية وسعر النفط",
        "أعلنت وزارة المالية أن الميزانية تتوقع عجزًا يقارب ستة مليارات دينار، بعد أن تراجع سعر برميل النفط إلى ثمانية وستين دولارًا.",
        "وفي السوق، صار الدولار الواحد يساوي نحو ثلاثمئة وعشرين فلسًا، بعد أن كان يساوي ثلاثمئة فلس، ويباع الجنيه الإسترليني بأربعمئة دينار في رواية التجار.",
        "وتقول الوزارة إن اليورو يساوي اليوم نحو ثلاثمئة وخمسين فلسًا في البنوك.");

    [Fact]
    public void Two_currencies_set_against_each_other_are_the_rate_asked()
    {
        var shape = QuestionShape.Of("كم يبلغ سعر الدينار مقابل الدولار؟");

        Assert.Equal(2, shape.Exchanged.Count);
    }

    [Fact]
    public void A_sum_in_one_currency_asked_in_another_is_no_rate() =>
        Assert.Empty(QuestionShape.Of("كم كلف المشروع بالدينار؟").Exchanged);

    [Fact]
    public void Sums_in_each_currency_in_other_clauses_are_no_rate()
    {
        var answer = Ask("كم يبلغ سعر الدينار مقابل الدولار؟");

        Assert.False(answer.Answered, answer.Outcome.ToString());
    }

    [Fact]
    public void A_number_where_both_currencies_are_named_answers()
    {
        var answer = Ask("كم سعر الجنيه الإسترليني بالدينار؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
