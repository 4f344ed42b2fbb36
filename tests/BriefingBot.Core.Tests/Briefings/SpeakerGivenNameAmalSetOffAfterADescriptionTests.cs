using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «آمال» is a given name as «أمل» is: set off by commas after a description that ends in a place («صاحبة مطعم للأسماك
/// في بنزرت، آمال الشريف، إنها»), it is who speaks, not the description's first noun («مطعم»).
/// </summary>
public class SpeakerGivenNameAmalSetOffAfterADescriptionTests
{
    [Fact]
    public void Amal_set_off_after_a_description_is_the_speaker() =>
        AttributionCases.AssertQuoted("وتقول صاحبة مطعم للأسماك على كورنيش بنزرت، آمال الشريف، إنها تشتري في الموسم نحو مئتي كيلوغرام من بلح البحر.", "آمال الشريف");
}
