using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «اكتفى الشيخ بلحاج بالقول إن»: the one who «contents themselves with saying» speaks, the subject between «اكتفى» and
/// «بالقول»; a surname there points back to the speaker met before, and «كثيرون» are no one.
/// </summary>
public class SpeakerContentWithSayingTests
{
    [Fact]
    public void A_surname_content_with_saying_points_back_to_the_speaker_met_before() => AssertSpeakers(
        [
            "وقال الشيخ عمر بلحاج، عضو حلقة العزابة، إن الماء للجميع.",
            "وحين سألته «موجز» عن تلك الصفقات، اكتفى الشيخ بلحاج بالقول إن \"الماء واحد\".",
        ],
        (1, "عمر بلحاج"));

    [Fact]
    public void A_named_minister_content_with_saying_speaks() =>
        Assert.Equal("سلمى الخطيب", SpeakerOf("واكتفت وزيرة التجارة سلمى الخطيب بالقول إن الأسعار مستقرة."));

    [Fact]
    public void Many_content_with_saying_are_no_speaker() =>
        Assert.Null(SpeakerOf("واكتفى كثيرون بالقول إن الأسعار مستقرة."));
}
