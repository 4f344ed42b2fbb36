using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// An office a briefing names by the adjective of its field («وزير الثروة الزراعية والسمكية») is asked by the noun
/// («ماذا قال وزير الزراعة العماني؟»): the «ـية» adjective of a noun in «ة» is the same field.
/// </summary>
public sealed class SpeakerQuestionsOfAnOfficeNamedByItsAdjectiveTests() : BriefingsAnswerSpec(
    BriefingMarkdown.OneSection("2026-12-31-oman-lime", "وقال وزير الثروة الزراعية والسمكية وموارد المياه العماني، يوسف بن راشد المعمري، إن الوزارة ستوزع مئتي ألف شتلة من الليمون."),
    BriefingMarkdown.OneSection("2026-12-14-lebanon-apples", "وقال وزير الزراعة وليد عساف في مؤتمر صحفي في بيروت إن الوزارة تفاوض على تصدير التفاح."))
{
    [Fact]
    public void The_office_asked_by_its_noun_and_country_is_the_one_named_by_its_adjective()
    {
        var answer = Ask("ماذا قال وزير الزراعة العماني؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("يوسف بن راشد المعمري", answer.Speaker);
    }

    [Fact]
    public void The_office_named_by_the_noun_itself_is_still_the_closest_when_no_country_is_asked()
    {
        var answer = Ask("ماذا قال وزير الزراعة؟");

        Assert.Equal("وليد عساف", answer.Speaker);
    }
}
