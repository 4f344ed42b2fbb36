using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «مصدّر» written with its shadda is an exporter, an occupation before the name («يقول مصدّر زيت بذور الصبار كريم بلحاج
/// إن»); written bare, «مصدر» is an anonymous source, who is no one («وقال مصدر في الوزارة إن»).
/// </summary>
public class SpeakerVocalisedExporterTests
{
    [Theory]
    [InlineData("وفي جهة سوس ماسة المجاورة، يقول مصدّر زيت بذور الصبار كريم بلحاج إن الطلب الأوروبي تراجع.", "كريم بلحاج")]
    [InlineData("ويقول مصدّر التمور سالم العامري إن الأسعار انخفضت هذا الموسم.", "سالم العامري")]
    public void An_exporter_written_with_the_shadda_is_an_occupation_before_the_name(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void A_source_written_bare_is_no_one() =>
        Assert.Null(SpeakerOf("وقال مصدر في الوزارة، طلب عدم ذكر اسمه، إن القرار نهائي."));
}
