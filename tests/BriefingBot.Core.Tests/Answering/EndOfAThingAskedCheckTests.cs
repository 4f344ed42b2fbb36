using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// When something ends is told by a word of ending («تنتهي»، «ستنجز»، «حتى»): a passage dating only the beginning of the
/// works gives a time, but not the end asked.
/// </summary>
public sealed class EndOfAThingAskedCheckTests() : BriefingsAnswerSpec(Road)
{
    private static readonly Briefing Road = Indexes.TitledBriefing(
        "2026-12-29-road",
        "الجزيرة: طريق ومختبر",
        "وقال محافظ الجزيرة إن الحكومة ستبني طريقًا طوله ثمانية عشر كيلومترًا بين الميناء والمرتفعات، وإن الأشغال تبدأ في مايو/أيار 2027.",
        "وافتتحت وزارة الزراعة في نوفمبر/تشرين الثاني مختبرًا لفحص جودة الزيوت في الميناء.",
        "ويبقى باب التقديم لمنح الحرفيين مفتوحًا حتى الحادي والثلاثين من يناير/كانون الثاني.");

    [Fact]
    public void A_beginning_dated_is_no_end_of_the_works()
    {
        var end = Ask("متى ينتهي بناء الطريق بين الميناء والمرتفعات؟");
        var start = Ask("متى تبدأ أشغال الطريق بين الميناء والمرتفعات؟");

        Assert.Equal(DeclineReason.EndNotTold, end.Declined);
        Assert.True(start.Answered, start.Declined?.ToString());
    }

    [Fact]
    public void An_end_told_by_a_bound_of_time_answers()
    {
        var told = Ask("متى ينتهي التقديم لمنح الحرفيين؟");

        Assert.True(told.Answered, told.Declined?.ToString());
    }

    [Fact]
    public void An_end_asked_is_the_verb_after_when()
    {
        Assert.Equal("ينتهي", QuestionShape.Of("متى ينتهي بناء الطريق؟").Event);
        Assert.Equal("ستكتمل", QuestionShape.Of("متى ستكتمل المدينة الجديدة؟").Event);
    }
}
