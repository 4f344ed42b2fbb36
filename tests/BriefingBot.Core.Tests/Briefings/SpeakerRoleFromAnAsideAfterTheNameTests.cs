using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «the aside after a speaker's name is their role» (RoleFromAside): «هدى كبارة، وهي زبونة جاءت من حي القبة،» or a
/// long aside «فاطمة الزهراء بوتزكيت، وهي مصممة حلي تخرجت من …،» says what a speaker the sentence's subject reading
/// gave no role is; a reader asks by it. An aside about a thing or a body, or after an office, gives no one a role.
/// </summary>
public class SpeakerRoleFromAnAsideAfterTheNameTests
{
    [Theory]
    [InlineData("وفي الزاوية المقابلة، كانت هدى كبارة، وهي زبونة جاءت من حي القبة، تنتظر فستان ابنتها، وقالت إنها اختارت الخان.", "هدى كبارة", "زبونة")]
    [InlineData("فاطمة الزهراء بوتزكيت، وهي مصممة حلي تخرجت من معهد الفنون التطبيقية في الدار البيضاء وعادت قبل ثلاث سنوات لتفتح ورشة في حي إدزكري، قالت إن الحل في التصميم.", "فاطمة الزهراء بوتزكيت", "مصممة حلي")]
    public void A_speaker_with_no_role_takes_the_aside_after_the_name(string paragraph, string speaker, string role) =>
        Assert.StartsWith(role, Parse(paragraph).SpeakerProfiles.Single(p => p.Name == speaker).Role, StringComparison.Ordinal);

    [Fact]
    public void An_aside_about_a_post_after_an_office_is_no_role_of_a_person()
    {
        var briefing = Parse("ويضيف أمين حرفة الصياغة في المدينة، وهو منصب يشغله منذ اثنتي عشرة سنة، أن كل صائغ صار له رقم.");
        Assert.DoesNotContain(briefing.SpeakerProfiles, p => p.Role?.Contains("منصب", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void An_aside_that_opens_with_no_title_gives_no_role()
    {
        var briefing = Parse("قالت هدى كبارة، وهي في طريقها إلى السوق، إنها اختارت الخان.");
        Assert.Null(briefing.SpeakerProfiles.Single(p => p.Name == "هدى كبارة").Role);
    }
}
