using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// What a question counts by the verbal noun of a derived form («ما نسبة اعتماد العراق على النفط؟») is told by its verb
/// («يعتمد … بنسبة تتجاوز تسعين في المئة»): the passage gives the share asked. A bare noun is not read in its family:
/// «قدرة» asked is not «تقدر» the cost.
/// </summary>
public sealed class CountedByItsVerbCheckTests() : BriefingsAnswerSpec(Economy)
{
    private static readonly Briefing Economy = Indexes.Briefing(
        "2026-12-11-economy",
        new DateOnly(2026, 12, 11),
        "وفي العراق، يعتمد البلد على صادرات النفط بنسبة تتجاوز تسعين في المئة من إيرادات موازنته.",
        "ويرى خبراء أن اعتماد الحكومات على القروض الخارجية سيزداد في السنوات المقبلة.",
        "وفي إثيوبيا، تقدر الحكومة كلفة السد الجديد بخمسة مليارات دولار.",
        "ويقول مهندسون إن قدرة الشبكة على نقل الكهرباء ما زالت محدودة.");

    [Fact]
    public void A_share_asked_by_a_derived_verbal_noun_is_told_by_its_verb()
    {
        var share = Ask("ما نسبة اعتماد العراق على النفط؟");

        Assert.True(share.Answered, share.Declined?.ToString());
        Assert.StartsWith("وفي العراق", share.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_noun_is_not_counted_by_another_word_of_its_root()
    {
        var capacity = Ask("كم تبلغ قدرة السد في إثيوبيا؟");

        Assert.False(capacity.Answered);
    }
}
