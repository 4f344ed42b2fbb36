using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «بحسب عرف السوق»، «وبحسب القانون»، «حسب التعليمات»: after an opener of attribution, a rule or a custom is what is followed,
/// not who speaks — the passage is no one's words, as «بحسب أرقام الوزارة» is not.
/// </summary>
public class SpeakerRuleOrCustomIsNoOneTests
{
    [Theory]
    [InlineData("ويأخذ الدلال، بحسب عرف السوق، اثنين ونصفًا في المئة من ثمن كل صندوق يبيعه، يدفعها صاحب الطراد لا المشتري.")]
    [InlineData("وبحسب القانون، يحق للصياد أن يبيع صيده في أي سوق يشاء.")]
    [InlineData("وحسب التعليمات الجديدة، يُمنع صيد الروبيان في الأشهر الأولى من السنة.")]
    [InlineData("ووفقًا لأعراف القرية، لا تُباع الأرض لغريب.")]
    public void A_rule_or_a_custom_after_an_opener_is_no_speaker(string text) =>
        Assert.Null(ParsedBriefing.SpeakerOf(text));

    [Theory]
    [InlineData("ويقول قدامى البحارة إن الأخطبوط كان يدخل القلال الفخارية أكثر من البلاستيكية.")]
    [InlineData("ويروي كبار السن في القرية أن النهر كان يفيض كل ربيع.")]
    public void The_old_hands_of_a_trade_are_many_and_no_one(string text) =>
        Assert.Null(ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void A_person_after_the_opener_is_still_the_source()
    {
        var briefing = ParsedBriefing.Parse("وبحسب نوري المرغني، مدير إدارة الإرشاد الزراعي في الجبل، فإن نقص العمالة دفع بعض المزارعين إلى ترك الثمار على الأشجار.");
        Assert.Equal("نوري المرغني", briefing.Passages[0].Speaker);
    }
}
