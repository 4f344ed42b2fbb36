using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وفي الشفا، …، تبدأ الأيدي العمل في الرابعة فجرًا. ويشرف فيصل بن سالم القرشي على فريق …، ويقول إن»: a paragraph may
/// set the scene in a sentence that names no one and bring the person in the next; the narrated verb heading that sentence
/// heads its clause as one heading the paragraph does, so the joined «ويقول إن» is that person's.
/// </summary>
public class SpeakerNarratedInALaterSentenceOfTheParagraphTests
{
    [Fact]
    public void A_person_narrated_after_the_scene_s_sentence_says_the_joined_verb_s_words()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وفي الشفا، على بعد نحو ثلاثين كيلومترًا جنوب المدينة، تبدأ الأيدي العمل في الرابعة فجرًا. ويشرف فيصل بن سالم القرشي على فريق من أربعة وعشرين قاطفًا، ويقول إن معظمهم يأتون كل ربيع من جازان.");
        Assert.Equal("فيصل بن سالم القرشي", speaker);
    }

    [Fact]
    public void A_woman_narrated_in_the_second_sentence_says_hers()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وتستقبل الواحة كل شتاء آلاف السياح الذين يزورون القصور والبساتين. وتدير خديجة بلعيد دار ضيافة في القصر القديم منذ 2011، وتقول إن السياح يسألون عن الماء قبل الطعام.");
        Assert.Equal("خديجة بلعيد", speaker);
    }

    [Fact]
    public void A_later_sentence_s_joined_verb_of_another_gender_takes_no_one()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وتستقبل الواحة كل شتاء آلاف السياح. ويدير يوسف بلعيد دار ضيافة في القصر القديم منذ 2011، وتقول إن السياح يسألون عن الماء.");
        Assert.NotEqual("يوسف بلعيد", speaker);
    }
}
