using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى يبدأ منع الصيد …؟» asks when a thing named by its verbal noun begins; news tells it by the verb, with the time in
/// its clause: «ستمنع الصيد في البحيرة … اعتبارًا من مارس المقبل».
/// </summary>
public sealed class BegunByItsVerbTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-30-lake",
        new DateOnly(2026, 12, 30),
        "وانتقد رئيس جمعية الصيادين قرار منع الصيد في البحيرة، قائلًا إن التعويض المعلن لا يكفي الأسر.",
        "وأضاف مدير المحمية أن الإدارة ستمنع الصيد في البحيرة لمدة عامين اعتبارًا من مارس المقبل، بعد تراجع أعداد الأسماك.",
        "ويعمل في البحيرة نحو ثلاثمئة صياد يبيعون صيدهم في سوق البلدة.");

    [Fact]
    public void A_beginning_named_by_its_verbal_noun_is_dated_where_its_verb_is_said_with_a_time()
    {
        var answer = Ask("متى يبدأ منع الصيد في البحيرة؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_beginning_of_something_the_passages_never_name_is_still_declined()
    {
        var answer = Ask("متى يبدأ منع التدخين في البحيرة؟");

        Assert.False(answer.Answered);
    }
}
