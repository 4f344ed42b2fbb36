using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// What a thing is good or bad for («ما فوائد …؟»، «ما أضرار …؟») and a person's wealth are general-knowledge attributes: a
/// briefing answers them only where a passage says them of the subject, not wherever the subject's words appear.
/// </summary>
public sealed class BenefitsAndWealthCheckTests() : BriefingsAnswerSpec(Cotton)
{
    private static readonly Briefing Cotton = Indexes.TitledBriefing(
        "2026-12-07-cotton",
        "القطن المصري: صادرات تتعافى",
        "ويستخرج من بذرة القطن زيت للطعام يباع في الأسواق المحلية بأسعار أقل من زيت الذرة.",
        "وقالت الوزارة إن من فوائد المشروع للمزارعين توفير ثلث مياه الري في الموسم.",
        "ويملك رجل الأعمال سامي الفخراني مصنعين للغزل في المحلة يعمل فيهما ألفا عامل.");

    [Fact]
    public void Benefits_and_wealth_not_said_of_the_subject_are_declined()
    {
        var benefits = Ask("ما فوائد زيت بذرة القطن للبشرة؟");
        var wealth = Ask("كم تبلغ ثروة رجل الأعمال سامي الفخراني؟");

        Assert.Equal(DeclineReason.AttributeNotOfSubject, benefits.Declined);
        Assert.False(wealth.Answered, wealth.Outcome.ToString());
    }

    [Fact]
    public void Benefits_said_of_the_subject_answer()
    {
        var benefits = Ask("ما فوائد المشروع للمزارعين؟");

        Assert.True(benefits.Answered, benefits.Declined?.ToString());
    }
}
