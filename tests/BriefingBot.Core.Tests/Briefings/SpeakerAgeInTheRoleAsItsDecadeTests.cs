using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «an age in the role is its decade adjective» (AgeAsDecade): «وهي خياطة في الأربعين» is asked of as «الخياطة
/// الأربعينية», so the title with the decade's adjective is recorded as a way the briefing calls the speaker.
/// </summary>
public class SpeakerAgeInTheRoleAsItsDecadeTests
{
    [Theory]
    [InlineData("سناء المصري، وهي خياطة في الأربعين تتقاسم دكانًا مع أختها، قالت إن عملها اليوم تصليح.", "سناء المصري", "خياطة اربعينية")]
    [InlineData("أما الحاج سالم بوعزة، وهو فلاح في الخامسة والثمانين من عمره، فيقول إن الأرض لم تعد تطعم أحدًا.", "سالم بوعزة", "فلاح ثمانيني")]
    public void The_title_with_the_decade_of_the_age_is_a_way_the_speaker_is_called(string paragraph, string speaker, string described) =>
        Assert.Contains(described, Parse(paragraph).SpeakerProfiles.Single(p => p.Name == speaker).References);

    [Fact]
    public void A_role_with_no_age_adds_nothing()
    {
        var briefing = Parse("سعاد الهاشمي، وهي مهندسة في شركة المياه، قالت إن الآبار جفت.");
        Assert.Empty(briefing.SpeakerProfiles.Single(p => p.Name == "سعاد الهاشمي").References);
    }
}
