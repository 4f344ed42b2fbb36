using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «في زاوية الورشة يجلس الحاج إبراهيم محمود العيسة، …» then «ويقول الجد إن»: the elder named by the narration just before,
/// which quoted no one, is the grandfather the kin noun points at.
/// </summary>
public class SpeakerGrandfatherAfterTheNarrationTests
{
    [Fact]
    public void The_grandfather_is_the_elder_the_narration_just_named()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "يقول خليل إبراهيم العيسة إن الورشة كانت تبيع ثلاثمئة مغارة في الموسم.",
            "في زاوية الورشة يجلس الحاج إبراهيم محمود العيسة، وقد تجاوز الرابعة والثمانين، على كرسي من القش يصقل المسابح.",
            "ويقول الجد إن بيت لحم عرفت قبل هذه الحرب أزمات أشد.");
        Assert.NotNull(speakers[2]);
        Assert.Contains("إبراهيم محمود العيسة", speakers[2]!, StringComparison.Ordinal);
    }
}
