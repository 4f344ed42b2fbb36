using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a description met again under another heading» (`SpeakerReferences.ByEarlierReference`): a title with its
/// adjectives the briefing already pointed back to one speaker by («الفلاح الستيني») is that speaker under a later
/// heading too, where no one is being heard; words no one was referred to by stay no one's.
/// </summary>
public class SpeakerDescriptionMetAgainUnderAnotherHeadingTests
{
    [Fact]
    public void A_description_that_pointed_back_to_a_speaker_points_back_to_them_under_a_later_heading()
    {
        var briefing = Parse(
            "## فوق الجذع",
            "في غابة نخيل على أطراف طولقة، يقف صالح بن عمارة، وهو فلاح في الستين، تحت نخلة عالية، ويقول إن المحصول هذا العام أقل من العام الماضي.",
            "ويتابع الفلاح الستيني أن البئر التي حفرها أبوه جفت قبل عشر سنوات.",
            "## آخر العراجين",
            "ويقول الفلاح الستيني إنه سيقسم العرجون بين أحفاده.");
        Assert.Equal("صالح بن عمارة", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_description_no_speaker_was_referred_to_by_stays_no_ones_under_a_later_heading()
    {
        var briefing = Parse(
            "## فوق الجذع",
            "في غابة نخيل على أطراف طولقة، يقف صالح بن عمارة، وهو فلاح في الستين، تحت نخلة عالية، ويقول إن المحصول هذا العام أقل من العام الماضي.",
            "ويتابع الفلاح الستيني أن البئر التي حفرها أبوه جفت قبل عشر سنوات.",
            "## آخر العراجين",
            "ويقول المسؤول المحلي إن الدعم سيصل العام المقبل.");
        Assert.Null(briefing.Passages[2].Speaker);
    }

    private static Briefing Parse(params string[] paragraphs) =>
        new BriefingParser().Parse($"---\nid: 2027-01-06-description-met-again\ntitle: وصف يعود تحت عنوان آخر\ndate: 2027-01-06\n---\n\n{string.Join("\n\n", paragraphs)}\n");
}
