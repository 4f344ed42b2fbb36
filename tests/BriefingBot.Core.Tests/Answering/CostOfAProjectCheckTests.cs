using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The cost of a project («كم تبلغ كلفة مشروع الناقل الوطني؟») is of the project named after the word: a passage giving the
/// sum of another project is no answer, and one that names the project asked with its sum is.
/// </summary>
public sealed class CostOfAProjectCheckTests() : BriefingsAnswerSpec(Lagoon)
{
    private static readonly Briefing Lagoon = Indexes.TitledBriefing(
        "2027-01-03-lagoon",
        "البحيرة: المزارع والتلوث",
        "وأعلنت وزارة البيئة مشروعًا لإزالة التلوث من البحيرة بكلفة مئة وعشرين مليون دينار، يموله الاتحاد الأوروبي.",
        "ويجلب مشروع الناقل الوطني مياه البحر إلى المدن بعد تحليتها، وتشرف عليه وزارة المياه.",
        "وتعمل في البحيرة سبع وثلاثون مزرعة لتربية بلح البحر.");

    [Fact]
    public void The_sum_of_another_project_is_no_answer()
    {
        var carrier = Ask("كم تبلغ كلفة مشروع الناقل الوطني؟");

        Assert.Equal(DeclineReason.SumNotOfSubject, carrier.Declined);
    }

    [Fact]
    public void The_sum_of_the_project_named_answers()
    {
        var cleanUp = Ask("كم تبلغ كلفة مشروع إزالة التلوث؟");

        Assert.True(cleanUp.Answered, cleanUp.Declined?.ToString());
    }
}
