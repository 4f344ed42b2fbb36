using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «كيف بعمل منسف»، «كيفاش نطيب الكسكس»، «كيف أفتح حساب بنكي أونلاين؟» ask how the asker may do something of their own: where
/// the passages that half match it come from several briefings, each matches one everyday word, and the bot declines as
/// for any question of the asker's own life. From one briefing that tells readers how to do it, it is answered.
/// </summary>
public sealed class HowToOfTheAskerCheckTests() : BriefingsAnswerSpec(Souk, Bank, Support)
{
    private static readonly Briefing Souk = Indexes.TitledBriefing(
        "2027-01-08-souk-kitchens",
        "مطابخ السوق القديم",
        "ويقول الطباخ في مطعم السوق إنه يعمل منذ الفجر، وإن المنسف يطبخ في قدور كبيرة للأعراس والمناسبات.");

    private static readonly Briefing Bank = Indexes.TitledBriefing(
        "2027-01-08-bank-branches",
        "فروع البنوك في المدن الصغيرة",
        "وقال مدير الفرع إن البنك فتح هذا العام أكثر من عشرة آلاف حساب جديد، وإن العمل بالبيت صار ممكنًا للموظفين يومين في الأسبوع.");

    private static readonly Briefing Support = Indexes.TitledBriefing(
        "2027-01-08-farm-support",
        "دعم المزارعين: كيف تقدم الطلب",
        "ويقدم المزارع طلب الدعم عبر المنصة الإلكترونية للوزارة قبل نهاية مارس، مرفقًا بنسخة من عقد الأرض وشهادة الحيازة.",
        "ومن لا يملك حسابًا في المنصة يقدم طلب الدعم في مكتب الإرشاد الفلاحي بالبلدية، حيث يساعده موظف على ملء الاستمارة.",
        "ويقول المزارع سالم الهادي إنه سجل من هاتفه: \"أسجل في برنامج الدعم برقم بطاقتي الوطنية، ثم تدرس اللجنة طلبي خلال شهر\".");

    [Theory]
    [InlineData("كيف بعمل منسف بالبيت")]
    [InlineData("كيف بطبخ المنسف بالبيت؟")]
    public void A_how_to_of_ones_own_matched_by_several_briefings_is_declined(string question)
    {
        var answer = Ask(question);

        Assert.Equal(DeclineReason.AboutTheAsker, answer.Declined);
    }

    [Fact]
    public void A_how_to_one_briefing_tells_is_answered()
    {
        var answer = Ask("كيف أسجل في برنامج الدعم؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Theory]
    [InlineData("كيف بعمل منسف", true)]
    [InlineData("كيفاش نطيب الكسكس بالخضرة", true)]
    [InlineData("شلون أسوي مجبوس لحم؟", true)]
    [InlineData("كيف بيدفعوا الزباين ثمن المكيف؟", false)]
    [InlineData("كيف انتشر المرض في القرى؟", false)]
    [InlineData("كيف أثرت الحرب على الصيادين؟", false)]
    [InlineData("كيف نجت السمكة من الانقراض؟", false)]
    [InlineData("كيف الوضع في السوق هالأيام؟", false)]
    public void A_how_word_before_a_verb_in_the_first_person_asks_a_how_to(string question, bool howTo)
    {
        Assert.Equal(howTo, QuestionShape.Of(question).AsksHowToDo);
    }
}
