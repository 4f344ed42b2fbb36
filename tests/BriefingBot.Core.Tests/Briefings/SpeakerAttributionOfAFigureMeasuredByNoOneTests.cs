using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A verb of estimating read in the passive, its subject a noun a figure is measured by in construct («ويقدَّر عدد مزارع
/// الورد بنحو …»، «ويُقدَّر حجم السوق …»), names no one: a word of quantity after it («قرابة») is no name. «وقال عدد من
/// الخبراء» stays a group, and a named estimator stays the speaker.
/// </summary>
public class SpeakerAttributionOfAFigureMeasuredByNoOneTests
{
    [Theory]
    [InlineData("ويقدر عدد مزارع الورد في المحافظة بنحو ألف ومئتي مزرعة، ويعمل فيها في ذروة الموسم قرابة ستة آلاف عامل موسمي.", "-")]
    [InlineData("ويقدر حجم سوق الورد في المحافظة بنحو سبعين مليون ريال سنويًا، بحسب تقديرات الغرفة التجارية.", "-")]
    public void A_figure_estimated_in_the_passive_is_no_ones(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_named_estimator_stays_the_speaker() =>
        AttributionCases.AssertSpeakers(
            "ويقدر رئيس الجمعية، خالد الطويرقي، عدد المزارع بنحو ألف مزرعة.",
            "خالد الطويرقي");
}
