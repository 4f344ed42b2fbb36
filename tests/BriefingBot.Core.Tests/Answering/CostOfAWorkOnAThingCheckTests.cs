using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The cost of a work («كم تبلغ كلفة بناء العبارة؟») is of the thing it is done to: a passage giving the sum of the same work
/// on another thing is no answer, and one that names the thing with its sum is.
/// </summary>
public sealed class CostOfAWorkOnAThingCheckTests() : BriefingsAnswerSpec(Ferry)
{
    private static readonly Briefing Ferry = Indexes.TitledBriefing(
        "2026-11-28-ferry",
        "سواكن: الميناء القديم وطريق الحج",
        "وتقدر الأمم المتحدة كلفة إعادة بناء ما دمرته الحرب في المدينة بأكثر من أربعمئة مليار دولار.",
        "وتبحر العبارة الجديدة بين سواكن وجدة مرتين في الأسبوع، وتتسع لألف راكب.",
        "وقالت الهيئة إن بناء الرصيف الجديد في ميناء سواكن كلف نحو ثلاثين مليون دولار.");

    [Fact]
    public void The_sum_of_the_same_work_on_another_thing_is_no_answer()
    {
        var ferry = Ask("كم تبلغ كلفة بناء العبارة؟");

        Assert.Equal(DeclineReason.SumNotOfSubject, ferry.Declined);
    }

    [Fact]
    public void The_sum_of_the_work_on_the_thing_named_answers()
    {
        var quay = Ask("كم تبلغ كلفة بناء الرصيف؟");

        Assert.True(quay.Answered, quay.Declined?.ToString());
    }
}
