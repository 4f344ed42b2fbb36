using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من هو رئيس غرفة صناعة حلب؟» asks who heads the chamber: a passage that says its head without a name, beside another
/// that names the head of a craftsmen's association «لصناعة الصابون في حلب», tells no one. The holder is named where the body
/// asked is headed. And «وقال مدير سياحة الأقصر إن …» is the office speaking, whatever words of it the parser took for a
/// name: asked the director's name, it names no one.
/// </summary>
public sealed class HolderNamedWhereTheBodyIsHeadedTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-21-chambers-and-offices",
        new DateOnly(2026, 12, 21),
        "ويطالب رئيس غرفة صناعة حلب بإعفاء المصانع التي يعاد تشغيلها في المدينة من الضرائب لخمس سنوات، مشيرًا إلى أن نحو ألف وخمسمئة مصنع عادت إلى العمل.",
        "وقال رئيس الجمعية الحرفية لصناعة الصابون في حلب محمد فنصة إن المصبنة الصغيرة لم تعد تقدر على شراء مخزون سنة كاملة من الزيت.",
        "وقال رئيس غرفة تجارة دمشق، محمد الحلاق، إن الأسواق استعادت نصف حركتها قبل الحرب.",
        "وقال مدير سياحة الأقصر إن المديرية سجلت الشتاء الماضي نحو مئتي ألف زائر للمعابد، وإنها تعمل على مسار للمشي على الضفة الغربية.");

    [Theory]
    [InlineData("من هو رئيس غرفة صناعة حلب؟")]
    [InlineData("ما اسم مدير سياحة الأقصر؟")]
    [InlineData("مين مدير سياحة الأقصر؟")]
    public void A_head_named_only_for_another_body_or_by_the_office_s_own_words_is_no_holder(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.HolderNotNamed, answer.Declined);
    }

    [Theory]
    [InlineData("من هو رئيس غرفة تجارة دمشق؟", "وقال رئيس غرفة تجارة دمشق")]
    [InlineData("من هو رئيس الجمعية الحرفية لصناعة الصابون؟", "وقال رئيس الجمعية الحرفية")]
    public void A_head_named_where_the_body_asked_is_headed_answers(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
