using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ويستذكر الشيخ، الذي تجاوز الثمانين، أن …»: remembering aloud reports what the speaker says, as «يتذكر» does, so the
/// title points back to the elder quoted before.
/// </summary>
public class SpeakerRemembersAloudTests
{
    [Fact]
    public void Remembering_aloud_with_that_goes_on_with_the_titled_speaker()
    {
        var text = "---\nid: 2027-01-04-remembers\ntitle: ذاكرة\ndate: 2027-01-04\n---\n\n"
            + "يقول الشيخ صالح بن عامر، أحد أعيان الحي: \"الناس هنا لا يثقون بكلمة سد\".\n\n"
            + "ويستذكر الشيخ، الذي تجاوز الثمانين، أن أهالي الحي طالبوا بترميم السدين.\n";
        Assert.Equal("صالح بن عامر", new BriefingParser().Parse(text).Passages[1].Speaker);
    }
}
