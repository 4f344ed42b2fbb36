using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وتشارك في عمل الفريق رقية حسن اللامي، التي …»: a subject written after the verb's object is read from the listed given
/// name on, which here is the father's; the plain word right before it, after the object's last word with the article, is
/// the person's own given name the lexicon need not list — the person is not cut to her father's and family name.
/// </summary>
public class SpeakerUnlistedGivenNameBeforeALaterSubjectTests
{
    [Fact]
    public void An_unlisted_given_name_before_the_fathers_name_is_part_of_the_subject_after_the_object()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وتشارك في أعمال الترميم المهندسة المعمارية رغد خليل الحوراني، التي درست في دمشق، إذ تقول إن الحجر القديم يحتاج إلى صبر.");
        Assert.Equal("رغد خليل الحوراني", speaker);
    }
}
