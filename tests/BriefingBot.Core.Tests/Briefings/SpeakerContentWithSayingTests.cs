using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «اكتفى الشيخ بلحاج بالقول إن»: the one who «contents themselves with saying» speaks, the subject between «اكتفى» and
/// «بالقول»; a surname there points back to the speaker met before, and «كثيرون» are no one.
/// </summary>
public class SpeakerContentWithSayingTests
{
    [Fact]
    public void A_surname_content_with_saying_points_back_to_the_speaker_met_before()
    {
        var passages = Parse("وقال الشيخ عمر بلحاج، عضو حلقة العزابة، إن الماء للجميع.\n\nوحين سألته «موجز» عن تلك الصفقات، اكتفى الشيخ بلحاج بالقول إن \"الماء واحد\".");
        Assert.Equal("عمر بلحاج", passages[1].Speaker);
    }

    [Fact]
    public void A_named_minister_content_with_saying_speaks() =>
        Assert.Equal("سلمى الخطيب", Parse("واكتفت وزيرة التجارة سلمى الخطيب بالقول إن الأسعار مستقرة.")[0].Speaker);

    [Fact]
    public void Many_content_with_saying_are_no_speaker() =>
        Assert.Null(Parse("واكتفى كثيرون بالقول إن الأسعار مستقرة.")[0].Speaker);

    private static IReadOnlyList<Passage> Parse(string body) =>
        new BriefingParser().Parse($"---\nid: 2027-01-04-content-with-saying\ntitle: اكتفى\ndate: 2027-01-04\n---\n\n{body}\n").Passages;
}
