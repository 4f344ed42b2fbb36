using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A paragraph of narration names one person and quotes no one («يقف سامي عوني الحداد، …، ممسكًا بهاتفه …. ويبث سامي
/// الصور …»); the next opens with a description so general that it names no one («ويقول الشاب، الذي يدرس …: "…"»): the
/// description is the person just narrated, whose given name said again is no one else.
/// </summary>
public class SpeakerGeneralDescriptionAfterNarrationTests
{
    private const string Narration = "عند باب الورشة، يقف سامي عوني الحداد، ابن صاحبها، ممسكًا بهاتفه ويصوّر كل قطعة قبل بيعها. ويبث سامي الصور كل مساء على حساب يتابعه آلاف الناس.";

    [Fact]
    public void The_general_description_is_the_person_the_narration_before_named()
    {
        var speakers = ParsedBriefing.SpeakersOf(Narration, "ويقول الشاب، الذي يدرس الهندسة في الجامعة: \"أبي يبيع في السوق وأنا أبيع في الهاتف، نفس الشغل\".");
        Assert.Equal([null, "سامي عوني الحداد"], speakers);
    }

    [Fact]
    public void A_description_of_the_other_gender_is_not_the_person_narrated()
    {
        var speakers = ParsedBriefing.SpeakersOf(Narration, "وتقول الشابة إن الزبائن صاروا يطلبون القطع عبر الهاتف.");
        Assert.NotEqual("سامي عوني الحداد", speakers[1]);
    }
}
