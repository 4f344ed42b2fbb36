using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ووفقًا لحداد، فإن»: «وفقًا / طبقًا» always takes «لـ», written glued to a surname without the article, so the «لـ» is no
/// letter of the surname and the passage is the person the briefing named by it.
/// </summary>
public class SpeakerSurnameAfterAccordingToTests
{
    [Fact]
    public void A_surname_glued_to_the_la_of_according_to_is_the_person_named_before() =>
        AssertSpeakers(
            [
                "وتقول الدكتورة سلمى حداد، أستاذة الاقتصاد في الجامعة، إن الأسعار ارتفعت هذا العام.",
                "ووفقًا لحداد، فإن الأجور لم ترتفع بالقدر نفسه منذ ثلاث سنوات.",
            ],
            (0, "سلمى حداد"),
            (1, "سلمى حداد"));
}
