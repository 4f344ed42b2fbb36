using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A kunya set off by commas right after a name in narration («يدير عيسى العلامي، أبو خليل، معصرة …») is the name the
/// person goes by: a later mention by it («ويشكو أبو خليل من أن …») is theirs, not a second speaker's. A Maghrebi given
/// name written with the article («الطاهر حمادوش»، «الهادي بن عمار») opens the name as a listed one does.
/// </summary>
public class SpeakerKunyaSetOffAfterTheNameTests
{
    [Theory]
    [InlineData("وفي بيت أمر يدير عيسى العلامي، أبو خليل، معصرة عائلية ورثها عن أبيه.", "ويشكو أبو خليل من ارتفاع ثمن الحطب والغاز، \"الجرة صارت بسبعين\".", "عيسى العلامي")]
    [InlineData("وفي الزقاق نفسه يدير دا الطاهر حمادوش، أبو مقران، ورشة أكبر يعمل فيها أربعة حرفيين.", "ويرى أبو مقران أن الحل في \"تعاونية تشري الفضة بالجملة\".", "الطاهر حمادوش")]
    public void A_later_mention_by_the_kunya_set_off_after_the_name_is_the_same_person(string narration, string quoted, string speaker)
    {
        var briefing = Parse(narration, quoted);
        Assert.Equal(speaker, briefing.Passages[1].Speaker);
        Assert.DoesNotContain(briefing.SpeakerProfiles, p => p.Name != speaker);
    }

    [Fact]
    public void The_kunya_set_off_in_the_quoting_paragraph_itself_is_the_persons_alias()
    {
        var briefing = Parse("وفي الزقاق نفسه يدير دا الطاهر حمادوش، أبو مقران، ورشة أكبر. ويشكو أبو مقران من أن الزبائن \"ولّاو يحسبو الحلي بالغرام\".");
        var profile = Assert.Single(briefing.SpeakerProfiles);
        Assert.Equal("الطاهر حمادوش", profile.Name);
        Assert.Contains("أبو مقران", profile.Aliases);
    }

    [Fact]
    public void A_mother_of_three_set_off_after_the_name_is_no_kunya()
    {
        var briefing = Parse("وتخبز سعاد المصري، أم لثلاثة أطفال، الكعك في فرن الحارة.", "وتقول المصري إن الطحين صار غاليًا.");
        Assert.Equal("سعاد المصري", briefing.Passages[1].Speaker);
        Assert.Empty(briefing.SpeakerProfiles.Single().Aliases);
    }
}
