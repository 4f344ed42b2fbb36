using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A feminine noun counted after «كم» keeps its «ة» in the accusative («كم شاحنةً»، «كم مرةً»): it is the thing counted, as
/// «مصنعًا» is, and a passage counts it in its sound plural («مئتي شاحنات»، «أربع مرات»). «كم درجة …؟» asks a measure.
/// </summary>
public sealed class FeminineCountCheckTests() : BriefingsAnswerSpec(Border)
{
    private static readonly Briefing Border = Indexes.Briefing(
        "2026-12-04-border",
        new DateOnly(2026, 12, 4),
        "وفي مصر، عبر المعبر هذا الأسبوع نحو ثلاثة آلاف مسافر، معظمهم من النساء والأطفال.",
        "وقالت الأمم المتحدة إن الشاحنات تنتظر على الحدود، وإن المنظمة طلبت إدخال مئتي شاحنة أسبوعيًا.",
        "وفي المغرب، ارتفع سعر الوقود أربع مرات هذا العام.");

    [Fact]
    public void A_feminine_noun_after_how_many_is_the_thing_counted()
    {
        Assert.Equal(["شاحنه"], QuestionShape.Of("كم شاحنةً عبرت إلى مصر؟").Counted);
        Assert.Equal(["مره"], QuestionShape.Of("كم مرة ارتفع سعر الوقود في المغرب؟").Counted);
        Assert.Empty(QuestionShape.Of("كم درجة الحرارة في الرياض؟").Counted);
        Assert.Empty(QuestionShape.Of("كم يكلفه السفر إلى مصر؟").Counted);
    }

    [Fact]
    public void A_number_of_the_place_that_counts_another_thing_does_not_answer()
    {
        var trucks = Ask("كم شاحنةً عبرت المعبر إلى مصر هذا الأسبوع؟");

        Assert.Equal(DeclineReason.FactNotOfSubject, trucks.Declined);
    }

    [Fact]
    public void A_feminine_noun_is_counted_in_its_plural()
    {
        var times = Ask("كم مرة ارتفع سعر الوقود في المغرب هذا العام؟");

        Assert.True(times.Answered, times.Declined?.ToString());
    }
}
