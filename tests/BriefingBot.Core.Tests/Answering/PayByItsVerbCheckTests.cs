using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News tells what someone is paid by the verb of drawing it («يتقاضى الطبيب المقيم … دينار شهريًا») where a reader asks
/// «كم راتب …؟»: the sum after that verb, in the clause of the one paid, answers. A sum the person pays, or pay drawn by
/// someone else, does not.
/// </summary>
public sealed class PayByItsVerbCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-08-tunisia-doctors",
        new DateOnly(2026, 12, 8),
        "وتقول رئيسة المنظمة إن الطبيب المقيم يتقاضى في تونس نحو ألف وتسعمئة دينار شهريًا، أي أقل من ستمئة يورو.",
        "ويقول الممرض إن إيجار شقته في العاصمة يبلغ ثمانمئة دينار، وإن الحكومة وعدت الممرضين بزيادة لم تصل.",
        "وقال وزير الصحة إن الوزارة ستفتح ألف خطة جديدة للأطباء في المستشفيات الجهوية.",
        "ومن يدفع الثمن هو الموظف الذي يتقاضى راتبه بالدينار، كما يقول الاقتصادي.");

    [Fact]
    public void A_sum_after_a_verb_of_drawing_pay_is_the_salary()
    {
        var answer = Ask("كم راتب الطبيب المقيم في تونس؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتقول رئيسة المنظمة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كم راتب الممرض في تونس؟")]
    [InlineData("كم راتب وزير الصحة؟")]
    [InlineData("كم راتب الموظف الحكومي؟")]
    public void A_sum_paid_or_drawn_by_someone_else_is_no_salary(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered);
    }
}
