using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The cities of Egypt's Delta are towns of the gazetteer: a question on the workshops of «الزقازيق» is not answered from
/// those of «دمياط», which the briefing names.
/// </summary>
public sealed class UnknownDeltaTownCheckTests() : BriefingsAnswerSpec(Furniture)
{
    private static readonly Briefing Furniture = Indexes.Briefing(
        "2026-12-01-furniture",
        new DateOnly(2026, 12, 1),
        "تضم محافظة دمياط أكثر من خمسة وثلاثين ألف ورشة لصناعة الأثاث يعمل فيها نحو مئتي ألف عامل.",
        "وارتفع سعر المتر المكعب من خشب الزان المستورد إلى ثلاثين ألف جنيه.");

    [Fact]
    public void A_question_on_a_delta_town_no_briefing_mentions_is_declined_as_an_unknown_place()
    {
        var other = Ask("كم ورشة أثاث في الزقازيق؟");
        var known = Ask("كم ورشة أثاث في دمياط؟");

        Assert.Equal(DeclineReason.UnknownPlace, other.Declined);
        Assert.True(known.Answered, known.Declined?.ToString());
    }
}
