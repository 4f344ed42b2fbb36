using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A paragraph may open on a place with a preposition and no comma, then the narrated verb and the person («وفي كشك …
/// تقلي أم جورج»). The word right after the preposition is the place whatever verb its shape recalls («تاوريرت»، «يفرن»،
/// «تطوان»): the narration's verb is the first verb-shaped word after it, so the name is read after that verb.
/// </summary>
public class SpeakerPlaceShapedLikeAVerbTests
{
    [Theory]
    [InlineData("وفي تاوريرت ميمون حوّلت كهينة مزيان، التي تعرفها نساء القرية، بيتها إلى ورشة. \"الفضة لا تنتظر أحدًا\"، تقول المصممة.", "كهينة مزيان")]
    [InlineData("وفي يفرن يصلح سالم الشيباني الأنوال القديمة في بيت جده. \"النول الذي لا يعمل يموت\"، يقول الرجل.", "سالم الشيباني")]
    [InlineData("وفي تطوان القديمة تخيط سعاد البقالي قفاطين العرائس منذ ثلاثين عامًا. \"الزبونة اليوم تريد القفطان في أسبوع\"، تقول الخياطة.", "سعاد البقالي")]
    public void The_name_after_the_verb_that_follows_the_place_is_the_speaker(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void The_place_is_no_part_of_the_name()
    {
        var speaker = ParsedBriefing.SpeakerOf("وفي تاوريرت ميمون حوّلت كهينة مزيان، التي تعرفها نساء القرية، بيتها إلى ورشة. \"الفضة لا تنتظر أحدًا\"، تقول المصممة.");
        Assert.DoesNotContain("ميمون", speaker ?? string.Empty);
    }
}
