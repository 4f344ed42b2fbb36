using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من يرأس …؟» asks who heads a body; news names the head by the verb as often as by the office: «بحسب المنطقة
/// الاقتصادية لقناة السويس، التي يرأسها وليد جمال الدين» answers it, while a body headed in another sentence does not.
/// </summary>
public sealed class HeadNamedByItsVerbCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-06-ports",
        new DateOnly(2026, 12, 6),
        "وتراجعت مناولة الحاويات في ميناء السخنة بنحو الربع خلال العام الماضي، بحسب هيئة الموانئ البحرية، التي يرأسها سامي الفخراني.",
        "وقالت غرفة الملاحة إن شركات الشحن تنتظر ضمانات أمنية. ويديرها منذ عامين رجل أعمال من الإسكندرية.",
        "وارتفعت رسوم العبور في القناة للمرة الثالثة هذا العام، وقال رئيس الوزراء إن الحكومة ستدعم الموانئ.");

    [Fact]
    public void A_head_named_by_the_verb_after_a_relative_pronoun_answers_who_heads_the_body()
    {
        var answer = Ask("من يرأس هيئة الموانئ البحرية؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains("سامي الفخراني", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verb_of_heading_with_no_body_before_it_in_its_sentence_names_no_head()
    {
        var answer = Ask("من يدير غرفة الملاحة؟");

        Assert.False(answer.Answered);
    }
}
