using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked as the owner of a thing («صاحبة مشغل الحقائب») is the one the report gives the thing as theirs («في مشغلها
/// الصغير … تخيط سعاد الحربي حقائب»): what they said is answered, not declined as no passage shown naming «صاحبة», though
/// the briefing says «صاحب» of someone else; an owner of a thing no passage speaks of is still declined.
/// </summary>
public sealed class OwnerNamedByWhatTheyOwnCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-14-leather-workshops",
        new DateOnly(2026, 11, 14),
        "وفي مشغلها الصغير بحي الميناء تخيط سعاد الحربي حقائب من جلد الماعز، وتقول إن الطلبات تضاعفت منذ افتتاح المعرض.",
        "ويقول صاحب المطعم المجاور إن الزبائن يقلون في الشتاء، وإن السياح يأتون في الربيع.",
        "ويبيع التجار في سوق الحي حقائب مستوردة من الصين بنصف الثمن.");

    [Fact]
    public void An_owner_asked_by_what_they_own_is_named_by_the_passage_that_gives_it_as_theirs()
    {
        var answer = Ask("ماذا قالت صاحبة مشغل الحقائب عن الطلبات؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وفي مشغلها الصغير", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_owner_of_a_thing_no_passage_speaks_of_is_still_declined()
    {
        var answer = Ask("ماذا قال صاحب المخبز عن الطلبات؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
    }
}
