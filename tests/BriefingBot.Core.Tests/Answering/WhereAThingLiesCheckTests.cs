using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «أين تقع برك التبخير؟» is answered by the place a passage puts the thing in, whatever its verb («برك تبخير شمسي تمتد
/// … في منطقة غور الصافي»): news seldom says «تقع». The thing is named as the question names it, with the word after its
/// noun: «مقر الرابطة في الرياض» is the seat of another body than the one asked. A town's quarter is a place as a region
/// is: «في حي الشاغور»، the Gulf's «في فريج الشيوخ»; and chat asks it by «وين موقع …» or «وين بيقع …». A word of
/// whereabouts may come first: «جنوب مدينة البصرة، يمتد قضاء أبي الخصيب».
/// </summary>
public sealed class WhereAThingLiesCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-12-potash",
        new DateOnly(2026, 12, 12),
        "وتستخرج الشركة البوتاس من مياه البحر الميت عبر برك تبخير شمسي تمتد على نحو مئة كيلومتر مربع في منطقة غور الصافي جنوب البحر.",
        "وقال رئيس الرابطة في مؤتمر صحفي عقده في مقر الرابطة بحي الملقا في الرياض إن الشركة ستدفع حقوق البث.",
        "وتملك شركة البث حقوق المباريات حتى عام 2030، وتقع المدينة على الطريق الساحلي.",
        "ويعمل في المشروع نحو مئة وعشرين حرفيًا تخرجوا في ورشة للحرف التقليدية افتتحتها الهيئة قبل أربع سنوات في فريج الشيوخ.",
        "ويجلس المعلم فايز أمام نول خشبي في مشغل النسيج القديم على سطح بيت في حي الشاغور منذ أربعين عامًا.",
        "وكانت واحة الأزرق، الواقعة في منطقة البادية شرق العاصمة، محطة للطيور المهاجرة.",
        "على الضفة الغربية لشط العرب، جنوب مدينة البصرة، يمتد قضاء أبي الخصيب شريطًا أخضر من بساتين النخيل.");

    [Fact]
    public void Where_a_thing_lies_is_the_place_the_passage_puts_it_in_whatever_its_verb()
    {
        var answer = Ask("أين تقع برك التبخير؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Theory]
    [InlineData("أين تقع ورشة الحرف التقليدية؟")]
    [InlineData("وين يقع مشغل النسيج القديم؟")]
    public void A_neighbourhood_is_where_a_thing_lies_as_a_region_is(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Theory]
    [InlineData("وين موقع واحة الأزرق؟")]
    [InlineData("وين بيقع مشغل النسيج القديم؟")]
    public void Chat_asks_where_a_thing_lies_by_its_site_or_the_dialect_s_verb(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_word_of_whereabouts_may_open_the_sentence_before_the_thing()
    {
        var answer = Ask("أين يقع قضاء أبي الخصيب؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_place_beside_the_noun_of_another_thing_is_not_where_the_thing_asked_lies()
    {
        var answer = Ask("أين يقع مقر شركة البث؟");

        Assert.False(answer.Answered);
    }
}
