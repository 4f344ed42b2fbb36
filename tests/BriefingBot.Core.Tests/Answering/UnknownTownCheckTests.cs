using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A town of a country the briefings cover, which no briefing mentions, is a place they do not know: the gazetteer holds
/// the towns as well as the capitals, so a question on the manuscripts of «تيشيت» is not answered from those of «شنقيط».
/// </summary>
public sealed class UnknownTownCheckTests() : BriefingsAnswerSpec(Manuscripts)
{
    private static readonly Briefing Manuscripts = Indexes.Briefing(
        "2026-12-01-manuscripts",
        new DateOnly(2026, 12, 1),
        "أعلنت وزارة الثقافة الموريتانية ترميم ألفي مخطوطة في مكتبات مدينة شنقيط التاريخية خلال العام الجاري.",
        "وقال مدير المكتبات إن الرمال التي تزحف على المدينة تهدد المخطوطات المحفوظة في البيوت القديمة.",
        "وتستقبل نواكشوط الأسبوع المقبل مهرجانا للتراث تشارك فيه فرق من الولايات الشرقية.");

    [Fact]
    public void A_question_on_a_town_no_briefing_mentions_is_declined_as_an_unknown_place()
    {
        var other = Ask("كم مخطوطة رممت في سنار؟");
        var known = Ask("كم مخطوطة رممت في شنقيط؟");

        Assert.Equal(DeclineReason.UnknownPlace, other.Declined);
        Assert.True(known.Answered, known.Declined?.ToString());
    }
}
