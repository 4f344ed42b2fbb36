using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من يرأس …؟» asks the head of one body: an office that governs another («رئيس بعثة المفوضية»، «الرئيس التنفيذي لصندوق
/// الريان»، «المديرات في الإدارة العليا» for the chair of a board) names no head of it; an office right before the body, or
/// with adjectives or its board between («رئيس مجلس إدارة شركة النورس»), does.
/// </summary>
public sealed class OfficeOfBodyCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-12-heads",
        new DateOnly(2026, 12, 12),
        "وقال رئيس بعثة المفوضية السامية لشؤون اللاجئين في لبنان، ماركو رينا، إن التمويل تراجع هذا العام إلى النصف.",
        "ورأى سعود البقمي، الرئيس التنفيذي لصندوق الريان للاستثمارات، أن الأسواق ستتعافى في الربيع المقبل.",
        "واستحوذ صندوق الاستثمارات العامة على حصص في أربعة أندية كبرى، وتحولت الأندية بذلك إلى شركات.",
        "وقال المدير التنفيذي للشركة، سامر الطويسي، إن الإنتاج بلغ هذا العام رقمًا قياسيًا.",
        "ويجتمع مجلس إدارة الشركة مرتين في العام لإقرار خطط الإنتاج والتوزيعات.",
        "ولا تتجاوز نسبة المديرات في الإدارة العليا للشركات الكبرى ثمانية عشر في المئة.",
        "وقال رئيس مجلس إدارة شركة النورس، خالد الحربي، إن الأسطول سيتضاعف في خمس سنوات.",
        "وقال رئيس الرابطة، سلطان العتيبي، إن القرار نهائي ولا رجعة فيه.");

    [Theory]
    [InlineData("من يرأس المفوضية السامية لشؤون اللاجئين؟")]
    [InlineData("من يرأس صندوق الاستثمارات العامة؟")]
    [InlineData("من يرأس مجلس إدارة الرابطة؟")]
    public void An_office_of_another_body_names_no_head_of_the_one_asked(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.OfficeOfOtherBody, answer.Declined);
    }

    [Theory]
    [InlineData("من يرأس الرابطة؟", "وقال رئيس الرابطة")]
    [InlineData("من يدير الشركة؟", "وقال المدير التنفيذي")]
    [InlineData("من يرأس صندوق الريان؟", "ورأى سعود البقمي")]
    [InlineData("من يرأس شركة النورس؟", "وقال رئيس مجلس إدارة")]
    public void An_office_before_the_body_with_only_adjectives_between_names_its_head(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains(answer.Passages, p => p.Passage.Text.StartsWith(passage, StringComparison.Ordinal));
    }
}
