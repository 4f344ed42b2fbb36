using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a description met again under another heading» (`SpeakerReferences.ByEarlierReference`): a title with its
/// adjectives the briefing already pointed back to one speaker by («الفلاح الستيني») is that speaker under a later
/// heading too, where no one is being heard; words no one was referred to by stay no one's.
/// </summary>
public class SpeakerDescriptionMetAgainUnderAnotherHeadingTests
{
    /// <summary>A heading whose second paragraph points back to its first paragraph's speaker by «الفلاح الستيني».</summary>
    private static readonly string[] FirstHeading =
    [
        "## فوق الجذع",
        "في غابة نخيل على أطراف طولقة، يقف صالح بن عمارة، وهو فلاح في الستين، تحت نخلة عالية، ويقول إن المحصول هذا العام أقل من العام الماضي.",
        "ويتابع الفلاح الستيني أن البئر التي حفرها أبوه جفت قبل عشر سنوات.",
    ];

    [Fact]
    public void A_description_that_pointed_back_to_a_speaker_points_back_to_them_under_a_later_heading() => AssertSpeakers(
        [.. FirstHeading, "## آخر العراجين", "ويقول الفلاح الستيني إنه سيقسم العرجون بين أحفاده."],
        (2, "صالح بن عمارة"));

    [Fact]
    public void A_description_no_speaker_was_referred_to_by_stays_no_ones_under_a_later_heading() => AssertSpeakers(
        [.. FirstHeading, "## آخر العراجين", "ويقول المسؤول المحلي إن الدعم سيصل العام المقبل."],
        (2, null));
}
