using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News tells conditions by the verb of setting them («وتشترط سلطة الطيران المدني … أن يحمل كل قائد منطاد …») where a reader
/// asks «ما شروط …؟»: the verb answers in the clause that names what the conditions are of. A condition set on something
/// else, or in another clause, does not.
/// </summary>
public sealed class ConditionToldByItsVerbCheckTests() : BriefingsAnswerSpec(Balloons)
{
    private static readonly Briefing Balloons = Indexes.Briefing(
        "2026-12-10-luxor-balloons",
        new DateOnly(2026, 12, 10),
        "وتوقف الطيران سبعة عشر يومًا الشتاء الماضي بسبب الرياح، وتشترط سلطة الطيران المدني منذ حادث عام 2013 أن يحمل كل قائد منطاد رخصة دولية وأن يفحص المنطاد كل شهر.",
        "وقال مدير الفندق إن الحجوزات ارتفعت هذا الموسم، ويشترط الفندق دفع نصف ثمن الغرفة مقدمًا.",
        "وتقول الهيئة إن التأشيرة تصدر خلال أسبوع، وإن حاملها يستطيع دخول المعابد.");

    [Fact]
    public void A_condition_set_by_its_verb_beside_what_it_is_of_answers()
    {
        var answer = Ask("ما شروط الطيران بعد الحادث؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتوقف الطيران", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_set_on_something_else_does_not_answer()
    {
        var answer = Ask("ما شروط الحصول على التأشيرة؟");

        Assert.False(answer.Answered);
    }
}
