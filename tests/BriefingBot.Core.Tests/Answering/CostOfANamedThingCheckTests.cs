using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// What a thing named by its kind and its name cost («كم كلف بناء جسر صالح باي؟») is answered only by a passage that gives
/// a sum and names it: the sum of another bridge's sensors is no cost of this one, though the passage that names it gives
/// its length. A kind with the article («الجسر الجديد») is no such name.
/// </summary>
public sealed class CostOfANamedThingCheckTests() : BriefingsAnswerSpec(Bridges)
{
    private static readonly Briefing Bridges = Indexes.TitledBriefing(
        "2027-01-21-bridges",
        "جسور المدينة المعلقة",
        "وللمدينة سبعة جسور، أحدثها جسر صالح باي الذي افتتح في يوليو/تموز 2014 بطول ألف ومئة وتسعة عشر مترًا.",
        "وتنوي المديرية تركيب أربعين جهاز استشعار على جسر سيدي مسيد بكلفة ستين مليون دينار تمولها الوزارة.",
        "وكلف بناء جسر الشلالات الجديد ثلاثة مليارات دينار، بحسب الوزارة.");

    [Theory]
    [InlineData("كم كلف حفر نفق شوم؟", "شوم")]
    [InlineData("كم تبلغ كلفة ترميم كنيسة الطاهرة؟", "الطاهرة")]
    public void The_name_after_a_kind_of_work_is_what_a_cost_is_asked_of(string question, string name) =>
        Assert.Equal([ArabicText.Fold(name)], QuestionShape.Of(question).NamedThing);

    [Fact]
    public void A_kind_with_the_article_is_no_named_thing() =>
        Assert.Empty(QuestionShape.Of("كم كلف بناء الجسر الجديد؟").NamedThing);

    [Fact]
    public void Another_bridges_sum_is_no_cost_of_the_bridge_asked()
    {
        var answer = Ask("كم كلف بناء جسر صالح باي؟");

        Assert.False(answer.Answered, answer.Outcome.ToString());
    }

    [Fact]
    public void The_sum_given_where_the_bridge_is_named_answers()
    {
        var answer = Ask("كم كلف بناء جسر الشلالات؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
