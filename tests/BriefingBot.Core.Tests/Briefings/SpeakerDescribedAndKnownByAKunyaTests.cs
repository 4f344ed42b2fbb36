using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «يجلس بائع شاي عجوز يعرفه أهل الزقاق بأبي جمال …» then «ويقول العجوز إن …»: a person brought in by what they are and
/// the kunya others know them by speaks later by that description, under the kunya; a man the elder names in what he says
/// («كان لرجل اسمه …») is no speaker.
/// </summary>
public class SpeakerDescribedAndKnownByAKunyaTests
{
    [Fact]
    public void The_elder_is_the_one_the_narration_described_and_gave_a_kunya()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "وعلى الرصيف المقابل يجلس منذ ثلاثين عامًا بائع خبز عجوز يعرفه أهل الحي بأبي صابر، أمامه سلة كبيرة من الأرغفة.",
            "ويقول العجوز إن الحي كان أهدأ في الماضي، وإن أول مخبز فيه كان لرجل من البصرة اسمه ماجد النعيمي.",
        ],
            (0, null),
            (1, "أبو صابر"));
    }
}
