using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «على سفح الوادي يقف محمود الطشاني، وهو عامل …، ويقول إن»: a given name and surname right after a verb of the narration,
/// closed by a comma, speak by the reporting verb joined later in the same sentence; a name not closed by a comma («ويلوم
/// حسن الحكومتين معًا، ويرى أن») and a verb of the other gender name no one.
/// </summary>
public class SpeakerNameAfterANarratingVerbTests
{
    [Theory]
    [InlineData("على سفح الوادي يقف محمود الطشاني، وهو عامل خرسانة في الخامسة والعشرين، ويقول إن العمل في السد دين علينا.", "محمود الطشاني")]
    [InlineData("فقدت فاطمة الشاعري، الأم لثلاثة أطفال، بيتها في تلك الليلة، وتقول إنها لن تعود إلى ضفة الوادي.", "فاطمة الشاعري")]
    public void A_name_right_after_a_narrating_verb_speaks_by_the_joined_verb(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    [InlineData("ويلوم حسن الحكومتين معًا، ويرى أن المعلمين صاروا ورقة ضغط.")]
    [InlineData("على سفح الوادي يقف محمود الطشاني، وهو عامل خرسانة، وتقول إن العمل في السد دين علينا.")]
    public void A_name_not_closed_by_a_comma_or_of_the_other_gender_names_no_one(string paragraph) =>
        Assert.Null(SpeakerOf(paragraph));
}
