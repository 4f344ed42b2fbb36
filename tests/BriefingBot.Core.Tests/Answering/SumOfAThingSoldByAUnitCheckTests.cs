using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Asked what a unit of a thing costs («كم ثمن كيلو السردين …؟»), the sum answers where the passage names the thing: the
/// unit is how much of it, and news writes it otherwise («سعر الكيلوغرام … ثلاثين درهما») or leaves it out.
/// </summary>
public sealed class SumOfAThingSoldByAUnitCheckTests() : BriefingsAnswerSpec(Sardines)
{
    private static readonly Briefing Sardines = Indexes.Briefing(
        "2026-12-15-sardines",
        new DateOnly(2026, 12, 15),
        "وقررت الحكومة وقف تصدير السردين المجمد، بعدما تجاوز سعر الكيلوغرام في أسواق الدار البيضاء ثلاثين درهما.",
        "ويشتري الصيادون كيلو الثلج من مصنع الميناء قبل كل رحلة.",
        "وتراجعت كميات السردين المفرغة في الموانئ الأطلسية بنحو ثلاثين في المئة.");

    [Fact]
    public void The_unit_a_thing_is_sold_by_is_not_the_thing_costed()
    {
        var answer = Ask("كم بلغ ثمن كيلو السردين في الدار البيضاء؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وقررت الحكومة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
