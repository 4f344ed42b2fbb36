using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وذكرت وزارة …، في بيان أرسلته إلى "موجز"، أن»: one quoted word after «إلى» is the name of the medium a statement was sent
/// to, not a quotation, so it neither ends the speaker's clause nor opens what was said.
/// </summary>
public class SpeakerMediumNamedInQuotesTests
{
    [Theory]
    [InlineData("وذكرت وزارة الموارد المائية والري، في بيان أرسلته إلى \"موجز\"، أن أعمال التكريك انتهت في أغسطس الماضي.")]
    [InlineData("وذكرت وزارة الموارد المائية والري في بيان أرسلته إلى «موجز» أن أعمال التكريك انتهت في أغسطس الماضي.")]
    public void A_statement_sent_to_a_quoted_medium_is_the_ministrys(string paragraph) =>
        Assert.Equal("وزارة الموارد المائية والري", SpeakerOf(paragraph));
}
