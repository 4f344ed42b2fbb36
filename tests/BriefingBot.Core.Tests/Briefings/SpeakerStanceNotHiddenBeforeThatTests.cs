using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ولا تخفي باباعمي خشيتها من أن …»: the stance named before «أن» closes the subject, so the speaker is the person,
/// not «باباعمي خشيتها», and a surname so found points back to the full name met before.
/// </summary>
public class SpeakerStanceNotHiddenBeforeThatTests
{
    [Fact]
    public void A_stance_before_that_is_no_part_of_the_name() => AssertSpeakers(
        [
            "أطلقت الجمعية ورشات تقودها سمية باباعمي، طالبة الدكتوراه، التي تقول إن أكثر من مئة شاب شاركوا.",
            "ولا تخفي باباعمي خشيتها من أن \"يتحول النظام إلى صور في المتحف\".",
        ],
        (1, "سمية باباعمي"));
}
