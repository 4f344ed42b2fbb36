using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ويستذكر الشيخ، الذي تجاوز الثمانين، أن …»: remembering aloud reports what the speaker says, as «يتذكر» does, so the
/// title points back to the elder quoted before.
/// </summary>
public class SpeakerRemembersAloudTests
{
    [Fact]
    public void Remembering_aloud_with_that_goes_on_with_the_titled_speaker() => AssertSpeakers(
        [
            "يقول الشيخ صالح بن عامر، أحد أعيان الحي: \"الناس هنا لا يثقون بكلمة سد\".",
            "ويستذكر الشيخ، الذي تجاوز الثمانين، أن أهالي الحي طالبوا بترميم السدين.",
        ],
        (1, "صالح بن عامر"));
}
