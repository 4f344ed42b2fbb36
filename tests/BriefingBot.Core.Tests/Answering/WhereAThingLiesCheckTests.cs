using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «أين تقع برك التبخير؟» is answered by the place a passage puts the thing in, whatever its verb («برك تبخير شمسي تمتد
/// … في منطقة غور الصافي»): news seldom says «تقع». The thing is named as the question names it, with the word after its
/// noun: «مقر الرابطة في الرياض» is the seat of another body than the one asked.
/// </summary>
public sealed class WhereAThingLiesCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-12-potash",
        new DateOnly(2026, 12, 12),
        "وتستخرج الشركة البوتاس من مياه البحر الميت عبر برك تبخير شمسي تمتد على نحو مئة كيلومتر مربع في منطقة غور الصافي جنوب البحر.",
        "وقال رئيس الرابطة في مؤتمر صحفي عقده في مقر الرابطة بحي الملقا في الرياض إن الشركة ستدفع حقوق البث.",
        "وتملك شركة البث حقوق المباريات حتى عام 2030، وتقع المدينة على الطريق الساحلي.");

    [Fact]
    public void Where_a_thing_lies_is_the_place_the_passage_puts_it_in_whatever_its_verb()
    {
        var answer = Ask("أين تقع برك التبخير؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_place_beside_the_noun_of_another_thing_is_not_where_the_thing_asked_lies()
    {
        var answer = Ask("أين يقع مقر شركة البث؟");

        Assert.False(answer.Answered);
    }
}
