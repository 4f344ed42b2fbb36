using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A sum given in shekels or shillings is a sum: asked what a thing costs, a passage pricing it in the West Bank's or
/// Somalia's money answers, where it was declined as giving no sum at all.
/// </summary>
public sealed class SumsInTheRegionsCurrenciesCheckTests() : BriefingsAnswerSpec(Glass)
{
    private static readonly Briefing Glass = Indexes.TitledBriefing(
        "2026-12-23-hebron-glass",
        "زجاج الخليل: أفران تُطفأ بغلاء الغاز",
        "وقالت باحثة في جامعة البوليتكنك في الخليل إن فريقها قاس استهلاك الطاقة في ثلاثة من مصانع الزجاج، فوجد أن الأفران القديمة تفقد نحو نصف حرارتها من جدرانها.",
        "وأضافت الباحثة أن كلفة تحديث الفرن الواحد تبلغ نحو خمسة وأربعين ألف شيكل، وأن المصانع لا تستطيع دفعها وحدها.",
        "ويبيع التجار في سوق مقديشو كيس السكر بنحو ثمانمئة ألف شلن صومالي بعد أن كان بستمئة ألف قبل عام.");

    [Fact]
    public void A_cost_in_shekels_answers_what_it_costs()
    {
        var answer = Ask("كم تبلغ كلفة تحديث فرن الزجاج؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وأضافت الباحثة أن كلفة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_in_shillings_answers_what_it_costs()
    {
        var answer = Ask("كم ثمن كيس السكر في مقديشو؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويبيع التجار في سوق", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
