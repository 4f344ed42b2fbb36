using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «فقدت هنية الشاعري بيتها …، وتقول إنها»: a narrated past whose «ف» is the root's, not a conjunction, still shows the
/// subject's gender, so the person it names speaks by the joined verb; a surname of two words ending in a given name
/// («يقلّب يحيى حاج سعيد تراب بستانه») is read whole; a dual after a given name («ويلوم حسن الحكومتين») is an object.
/// </summary>
public class SpeakerNamedInNarrationAfterAPastWithARootFaTests
{
    [Theory]
    [InlineData("فقدت هنية الشاعري بيتها في حي المغار وابنيها في تلك الليلة، وتقول إنها لن تعود إلى ضفة الوادي.", "هنية الشاعري")]
    [InlineData("بين جذوع النخل في واحة العطف، يقلّب يحيى حاج سعيد تراب بستانه المبلل، ويقول إنه لم يسقها من السيل.", "يحيى حاج سعيد")]
    public void A_person_named_in_narration_speaks_by_the_joined_verb(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    [InlineData("ويلوم حسن الحكومتين معًا، ويرى أن المعلمين صاروا ورقة ضغط.")]
    [InlineData("فقدت هنية الشاعري بيتها في حي المغار، ويقول إنه لن يعود.")]
    public void A_dual_object_or_a_verb_of_the_other_gender_names_no_one(string paragraph) =>
        Assert.Null(SpeakerOf(paragraph));
}
