using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Everyday questions of the reader's own life or asking a recommendation («كيف أحسب الزكاة على راتبي؟»، «ما أفضل هاتف
/// ذكي؟») share a common word with some passages, and are not answered by them: the passages are others' news from several
/// briefings, or do not recommend that thing.
/// </summary>
public sealed class AskersOwnLifeCheckTests : IDisposable
{
    private static readonly Briefing Wages = Indexes.Briefing(
        "2026-12-05-wages",
        new DateOnly(2026, 12, 5),
        "وأعلنت وزارة العمل أن الرواتب في القطاع الخاص سترتفع بنسبة خمسة في المئة العام المقبل.",
        "وقال الخبير إن خدمة الدفع ستكون أفضل من العام الماضي، وإن الهاتف الذكي صار أداة الدفع الأولى في البلاد.");

    private static readonly Briefing Census = Indexes.Briefing(
        "2026-12-05-census",
        new DateOnly(2026, 12, 5),
        "ويُحسب عدد السكان في الإحصاء الوطني مرة كل عشر سنوات.");

    private static readonly Briefing Phones = Indexes.Briefing(
        "2026-12-05-phones",
        new DateOnly(2026, 12, 5),
        "وبحسب تقرير الاتصالات، كان جهاز سامسونغ أفضل هاتف ذكي بيع في البلاد هذا العام.");

    private readonly PassageIndex _index = Indexes.Of(Wages, Census);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, [Wages, Census]).Answer(new AnswerRequest(question));

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

    [Fact]
    public void A_recommendation_is_given_only_where_the_superlative_is_said_of_that_thing()
    {
        Assert.Equal(DeclineReason.BestNotNamed, Ask("ما أفضل هاتف ذكي هذا العام؟").Declined);

        using var phones = Indexes.Of(Phones);
        var named = Indexes.Answerer(phones, null, [Phones]).Answer(new AnswerRequest("ما أفضل هاتف ذكي هذا العام؟"));
        Assert.True(named.Answered, named.Declined?.ToString());
    }

    [Fact]
    public void A_recommendation_is_a_superlative_of_taste_before_an_indefinite_noun()
    {
        Assert.Equal(["افضل", "هاتف"], QuestionShape.Of("ما أفضل هاتف ذكي؟").Best);
        Assert.Equal(["احلي", "شط"], QuestionShape.Of("وين أحلى شط بليبيا؟").Best);
        Assert.Empty(QuestionShape.Of("هل صارت الخدمة أفضل من العام الماضي؟").Best);
        Assert.Empty(QuestionShape.Of("ما أكبر محطة تحلية في الخليج؟").Best);
    }
}
