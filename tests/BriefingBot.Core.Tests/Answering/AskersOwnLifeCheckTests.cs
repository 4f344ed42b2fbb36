using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Everyday questions of the reader's own life («كيف أحسب الزكاة على راتبي؟»، «عندي صداع») share a common word with some
/// passages, and are not answered by them when those are others' news from several briefings.
/// </summary>
public sealed class AskersOwnLifeCheckTests() : BriefingsAnswerSpec(Wages, Census)
{
    private static readonly Briefing Wages = Indexes.Briefing(
        "2026-12-05-wages",
        new DateOnly(2026, 12, 5),
        "وأعلنت وزارة العمل أن الرواتب في القطاع الخاص سترتفع بنسبة خمسة في المئة العام المقبل.");

    private static readonly Briefing Census = Indexes.Briefing(
        "2026-12-05-census",
        new DateOnly(2026, 12, 5),
        "ويُحسب عدد السكان في الإحصاء الوطني مرة كل عشر سنوات.");

    [Fact]
    public void A_question_of_the_askers_own_life_is_not_answered_by_half_matches_from_several_briefings()
    {
        var own = Ask("كيف يُحسب راتبي؟");
        var theirs = Ask("كيف يُحسب الراتب؟");

        Assert.Equal(DeclineReason.AboutTheAsker, own.Declined);
        Assert.True(theirs.Answered, theirs.Declined?.ToString());
    }

    [Fact]
    public void A_question_of_the_askers_own_life_answered_from_one_briefing_asks_what_its_news_means_for_them()
    {
        var own = Ask("كم سيرتفع راتبي في القطاع الخاص العام المقبل بعد الترقية؟");

        Assert.True(own.Answered, own.Declined?.ToString());
    }

    [Fact]
    public void The_asker_speaks_of_their_own_life_by_what_they_have_want_and_own()
    {
        Assert.True(QuestionShape.Of("عندي صداع من يومين شنو أسوي").AboutTheAsker);
        Assert.True(QuestionShape.Of("أبغى أفكار هدية لأمي").AboutTheAsker);
        Assert.True(QuestionShape.Of("كيف أحسب الزكاة على راتبي؟").AboutTheAsker);
        Assert.False(QuestionShape.Of("كم قاربًا لدى خفر السواحل؟").AboutTheAsker);
        Assert.False(QuestionShape.Of("كم سترتفع الرواتب في القطاع الخاص؟").AboutTheAsker);
    }
}
