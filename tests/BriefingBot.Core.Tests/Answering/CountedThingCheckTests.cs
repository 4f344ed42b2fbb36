using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A how-many question about a place counts a thing («كم مصنعًا …»، «كم طنًا من الذهب …»): a passage that names the place
/// and gives a number of something else does not answer it.
/// </summary>
public sealed class CountedThingCheckTests() : BriefingsAnswerSpec(Mining)
{
    private static readonly Briefing Mining = Indexes.Briefing(
        "2026-11-10-mining",
        new DateOnly(2026, 11, 10),
        "ينتج المغرب نحو أربعين مليون طن من الفوسفات سنويًا، ويصدر معظمها إلى الهند والبرازيل.",
        "وينتج السودان نحو ثمانين طنًا من الذهب سنويًا، يهرب جزء كبير منها عبر الحدود.",
        "وفي حمص، عاد نحو ستين ألف شخص إلى أحياء المدينة القديمة خلال العام الماضي.",
        "وعادت نحو ألف وخمسمئة مصنع إلى العمل في حلب من أصل أربعة آلاف مصنع كانت تعمل قبل الحرب.",
        "وفي العراق، تقول منظمة الهجرة إن أكثر من مئة وثلاثين ألف شخص نزحوا من الجنوب بسبب شح المياه.",
        "ويقدر خبراء أن إعادة إعمار سوريا قد تستغرق عقدين على الأقل بالوتيرة الحالية.");

    [Theory]
    [InlineData("كم مصنعًا عاد إلى العمل في حمص؟")]
    [InlineData("كم طنًا من الذهب ينتج المغرب؟")]
    [InlineData("كم طن ذهب ينتج المغرب؟")]
    public void A_number_said_of_the_place_but_of_another_thing_does_not_answer(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.FactNotOfSubject, answer.Declined);
    }

    [Theory]
    [InlineData("كم مصنعًا عاد إلى العمل في حلب؟", "وعادت نحو ألف")]
    [InlineData("كم شخصًا عاد إلى حمص؟", "وفي حمص")]
    [InlineData("كم طنًا من الفوسفات ينتج المغرب؟", "ينتج المغرب")]
    [InlineData("كم طنًا من الذهب ينتج السودان؟", "وينتج السودان")]
    [InlineData("كم عدد النازحين بسبب الجفاف في العراق؟", "وفي العراق")]
    [InlineData("كم عامًا يستغرق إعمار سوريا؟", "ويقدر خبراء")]
    public void A_number_of_the_thing_counted_where_the_place_is_named_answers(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passage_further_down_that_counts_the_thing_is_put_first()
    {
        var elections = Indexes.Briefing(
            "2026-11-26-elections",
            new DateOnly(2026, 11, 26),
            "تنافس المرشحون في تونس على كل مقعد، وقال المرشحون في تونس إن المقعد صار غاليًا.",
            "يرى المرشحون في تونس أن التنافس على مقعد في المجالس المحلية لا يجذب الناخبين.",
            "تنافس المرشحون في تونس في ثلاثين دائرة، وقال المرشحون في تونس إن التنافس عليه كان شديدًا على المرشحين.",
            "وتوزعت الأصوات في تونس على نحو ألفي مقعد في المجالس المحلية.");
        using var index = Indexes.Of(elections);

        var answer = Indexes.Answerer(index, null, [elections]).Answer(new AnswerRequest("كم مقعدًا تنافس عليه المرشحون في تونس؟"));

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.True(answer.Passages[0].Passage.Text.StartsWith("وتوزعت الأصوات", StringComparison.Ordinal), string.Join(" | ", answer.Passages.Select(p => p.Passage.Text[..12])));
    }
}
