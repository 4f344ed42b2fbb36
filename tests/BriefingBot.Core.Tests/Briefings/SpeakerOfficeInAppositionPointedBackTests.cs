using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// An office set off after a name in narration, with no «وهو»: «ويجلس الحسين بلكبير، أمين حرفة الصباغين في المدينة
/// العتيقة، …، أمام ورشته» then «وروى الأمين أن» is that person, as «، وهو أمين …،» already was; a given name written
/// with the article opens the name. A title no one narrated holds stays no one.
/// </summary>
public class SpeakerOfficeInAppositionPointedBackTests
{
    [Theory]
    [InlineData("ويجلس الحسين بلكبير، أمين حرفة الصباغين في المدينة العتيقة، وهو منصب يشغله منذ وفاة والده، أمام ورشته.\nوروى الأمين أن الصباغين القدامى كانوا يخلطون الجير بالنيلة.\nوشكا من أن شباب الحي صاروا يفضلون ورشات البناء.", "-|الحسين بلكبير|الحسين بلكبير")]
    [InlineData("ويقف سالم ولد أحمد، رئيس تعاونية الصيادين في المدينة، على الرصيف منذ الفجر.\nويقول الرئيس إن المراكب لم تخرج منذ أسبوع.", "-|سالم ولد أحمد")]
    public void An_office_in_apposition_in_narration_points_back_to_its_holder(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_title_no_one_narrated_holds_stays_no_one() =>
        AttributionCases.AssertSpeakers(
            "ويجلس الحسين بلكبير، صباغ في المدينة العتيقة، أمام ورشته.\nوروى الأمين أن الصباغين القدامى كانوا يخلطون الجير بالنيلة.",
            "-|-");
}
