using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// An academic («الدكتورة»، «أستاذة الكيمياء») is the specialist a question asks of as an expert («ما رأي المختصين …؟»،
/// «ماذا تقترح الباحثة …؟»): her passage answers, and so does her next one that names her by surname alone.
/// </summary>
public sealed class AcademicAsAnExpertCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-23-fez",
        new DateOnly(2026, 12, 23),
        "وقال التاجر عبد الله بنيس إن الزوار يشترون الجلود من الدكاكين المطلة على الأحواض.",
        "وحذرت أستاذة الكيمياء البيئية في جامعة فاس، الدكتورة نادية العلوي، من أن أملاح الكروم تفسد مياه الوادي.",
        "وأضافت العلوي أن محطة المعالجة لا تعالج سوى نصف المياه، داعية إلى نقل الوحدات إلى الحي الصناعي.",
        "ويقول المختصون إن الزوار يزدادون كل عام.",
        "وكانت الباحثة سلمى بناني قد نشرت كتابًا عن تاريخ الحي وأسواقه.");

    [Fact]
    public void Experts_asked_as_a_group_are_answered_by_the_academic_the_briefing_quotes()
    {
        var answer = Ask("ما رأي المختصين في أملاح الكروم؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains(answer.Passages, p => p.Passage.Text.Contains("نادية العلوي", StringComparison.Ordinal));
    }

    [Fact]
    public void An_expert_asked_by_role_is_the_academic_named_so_in_her_earlier_passage()
    {
        var answer = Ask("أين تقترح الباحثة نقل وحدات الدباغة الملوثة؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وأضافت العلوي", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
