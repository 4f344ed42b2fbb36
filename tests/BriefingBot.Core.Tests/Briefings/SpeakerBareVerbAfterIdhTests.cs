using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «…، إذ يرى أن …»، «…، إذ تقول إن …»: «إذ» gives the reason in the words of the sentence's own subject; a reporting verb
/// right after it with «أن» has no subject of its own, so it is the person the sentence narrated. A verb with a subject of
/// its own after «إذ» («إذ تقول الوزارة إن») is that subject's.
/// </summary>
public class SpeakerBareVerbAfterIdhTests
{
    [Fact]
    public void A_bare_verb_after_idh_is_the_person_the_sentence_narrated()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وتعمل المهندسة سمر النجار في مختبر التربة بالمدينة منذ عشر سنوات، إذ تقول إن ملوحة الآبار تضاعفت في هذه المدة.");
        Assert.Equal("سمر النجار", speaker);
    }

    [Fact]
    public void A_verb_after_idh_with_a_subject_of_its_own_is_not_the_narrated_person()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وتعمل المهندسة سمر النجار في مختبر التربة بالمدينة منذ عشر سنوات، إذ تقول الوزارة إن ملوحة الآبار تضاعفت في هذه المدة.");
        Assert.NotEqual("سمر النجار", speaker);
    }
}
