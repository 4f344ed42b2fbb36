using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A first time asked is told as a first time: news dates what happens now (this year's edition, a reopening), and the
/// first time only where it says so («أول مرة»، «للمرة الأولى») or tells a founding.
/// </summary>
public sealed class FirstTimeAskedCheckTests() : BriefingsAnswerSpec(Festival)
{
    private static readonly Briefing Festival = Indexes.TitledBriefing(
        "2027-01-20-festival",
        "مهرجان الواحة يجمع الحرفيين",
        "أقيم مهرجان الواحة للحرف التقليدية يوم الخميس الخامس عشر من يناير/كانون الثاني في ساحة البلدة القديمة، وشارك فيه نحو مئتي حرفي من المنطقة.");

    [Fact]
    public void A_time_of_the_latest_edition_is_no_answer_for_the_first()
    {
        var first = Ask("متى أقيم مهرجان الواحة أول مرة؟");

        Assert.Equal(DeclineReason.FirstTimeNotTold, first.Declined);
    }

    [Fact]
    public void A_when_question_without_a_first_time_is_not_judged()
    {
        var latest = Ask("متى أقيم مهرجان الواحة؟");

        Assert.True(latest.Answered, latest.Declined?.ToString());
    }

    [Fact]
    public void A_first_time_is_asked_by_first_and_time_together()
    {
        Assert.True(QuestionShape.Of("متى نُظم المهرجان لأول مرة؟").AsksFirstTime);
        Assert.True(QuestionShape.Of("امتى اول مرة وقف قدام الكاميرا").AsksFirstTime);
        Assert.True(QuestionShape.Of("متى أقيمت الرقصة للمرة الأولى خارج موعدها؟").AsksFirstTime);
        Assert.False(QuestionShape.Of("متى تبدأ المرحلة الأولى من المشروع؟").AsksFirstTime);
        Assert.False(QuestionShape.Of("من علّم البنات النسج أول مرة؟").AsksFirstTime);
    }
}

/// <summary>A first time told with its time answers the question for it.</summary>
public sealed class FirstTimeToldCheckTests() : BriefingsAnswerSpec(Water)
{
    private static readonly Briefing Water = Indexes.TitledBriefing(
        "2027-01-20-water",
        "النهر الصناعي في ليبيا",
        "وقد بدأ العمل في النهر الصناعي عام 1984، ووصلت مياهه إلى بنغازي أول مرة عام 1991 ثم إلى طرابلس عام 1996.");

    [Fact]
    public void A_first_time_told_answers()
    {
        var water = Ask("في أي سنة وصل الماء إلى بنغازي لأول مرة؟");

        Assert.True(water.Answered, water.Declined?.ToString());
    }
}
