using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «"… ولا يبقى بينك وبين الغرق إلا خبرة الريس"»: «وبين» inside quotation marks is the preposition, not «وبيّن», so a
/// paragraph that is one quotation goes on with the speaker before it.
/// </summary>
public class SpeakerLookAlikeVerbInsideAQuoteTests
{
    [Fact]
    public void A_quote_only_paragraph_with_wa_bayna_goes_on_with_the_speaker_before() => AssertSpeakers(
        [
            "وقال الصياد منصور الخولي إن مركبه علق على الرمل مرتين في الشهر الماضي.",
            "«البحر هنا لا يرحم، ولا يبقى بينك وبين الغرق إلا خبرة الريس».",
        ],
        (1, "منصور الخولي"));
}
