using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى تبدأ حملة إغلاق الآبار غير القانونية؟»: what begins is named up to «غير», which opens a negated adjective the news
/// says in its own words («الآبار المخالفة»); the campaign dated is the one asked of.
/// </summary>
public sealed class BegunQualifierTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-30-wells",
        new DateOnly(2026, 12, 30),
        "وقالت مديرة الموارد المائية إن المديرية ستبدأ في مارس المقبل حملة إغلاق الآبار المخالفة على طول حوض النهر.",
        "ويعتمد المزارعون في القرى القريبة على مضخات تعمل بالمازوت منذ جفاف الينابيع.");

    [Theory]
    [InlineData("متى تبدأ حملة إغلاق الآبار غير القانونية؟", "حمله|اغلاق|الابار")]
    [InlineData("متى تنطلق حملة إغلاق المصانع غير المرخصة؟", "حمله|اغلاق|المصانع")]
    public void What_begins_ends_before_a_negated_adjective(string question, string begun)
    {
        Assert.Equal(begun, string.Join('|', QuestionShape.Of(question).Begun));
    }

    [Fact]
    public void A_campaign_asked_of_by_a_negated_adjective_is_dated_by_the_passage_that_names_it_otherwise()
    {
        var answer = Ask("متى تبدأ حملة إغلاق الآبار غير القانونية؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_campaign_of_another_thing_is_still_not_dated_by_it()
    {
        var answer = Ask("متى تبدأ حملة إغلاق المدارس غير المرخصة؟");

        Assert.False(answer.Answered);
    }
}
