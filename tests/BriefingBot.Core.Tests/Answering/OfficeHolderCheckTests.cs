using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من هو وزير …؟» asks who holds an office: a passage that names the office and quotes no one by name in it («وأعلن وزير
/// الصحة أن …») does not answer it; one that names the holder («قال وزير الأشغال … رامي الخطيب») does.
/// </summary>
public sealed class OfficeHolderCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-13-offices",
        new DateOnly(2026, 11, 13),
        "قال وزير الأشغال العامة السوري المهندس رامي الخطيب إن الأولوية ستكون لمدينة حلب وأحيائها الشرقية.",
        "ويطالب رئيس غرفة صناعة حلب بإعفاء المصانع من الضرائب لخمس سنوات، مشيرًا إلى أن المصانع تعود ببطء.",
        "وأعلن وزير الصحة اللبناني أن المستشفيات الحكومية تعمل بنصف طاقتها بسبب نقص الأدوية.",
        "وتقول مديرة مستشفى الرازي في بيروت الدكتورة هالة الحسن إن الأطباء يهاجرون بالعشرات كل شهر.");

    [Theory]
    [InlineData("من هو رئيس غرفة صناعة حلب؟")]
    [InlineData("من هو وزير الصحة اللبناني؟")]
    [InlineData("مين وزير الصحة اللبناني؟")]
    // The Maghreb's «شكون» asks who as «من» does.
    [InlineData("شكون رئيس غرفة صناعة حلب؟")]
    public void A_passage_naming_the_office_but_no_one_holding_it_does_not_say_who_holds_it(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.HolderNotNamed, answer.Declined);
    }

    [Theory]
    [InlineData("من يرأس غرفة صناعة حلب؟", DeclineReason.HolderNotNamed)]
    [InlineData("من يرأس الحكومة اللبنانية؟", DeclineReason.AttributeNotOfSubject)]
    public void Who_heads_a_body_is_asked_of_its_office_and_declined_where_no_one_is_named_heading_it(string question, DeclineReason reason)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(reason, answer.Declined);
    }

    [Theory]
    [InlineData("من يدير مستشفى الرازي؟", "وتقول مديرة مستشفى")]
    // A body is headed by whatever it calls its head: a hospital by its director.
    [InlineData("مين بيرأس مستشفى الرازي؟", "وتقول مديرة مستشفى")]
    [InlineData("من يرأس وزارة الأشغال السورية؟", "قال وزير الأشغال")]
    public void Who_heads_a_body_is_answered_where_its_head_is_named(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("من هو وزير الأشغال العامة السوري؟", "قال وزير الأشغال")]
    [InlineData("من هي مديرة مستشفى الرازي؟", "وتقول مديرة مستشفى")]
    [InlineData("شكون مديرة مستشفى الرازي؟", "وتقول مديرة مستشفى")]
    [InlineData("ماذا يطالب رئيس غرفة صناعة حلب؟", "ويطالب رئيس غرفة")]
    public void A_passage_naming_the_holder_with_the_office_answers(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
