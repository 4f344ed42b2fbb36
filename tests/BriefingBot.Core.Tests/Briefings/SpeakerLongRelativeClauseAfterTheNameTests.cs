using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A relative clause set off by commas after the name («وقال حمزة يوسف النتشة، الذي تدير أسرته مصنعًا …، إن») describes
/// the speaker as an aside with «وهو / وهي» does, and may run as long before «أن»: the name before it is the speaker.
/// </summary>
public class SpeakerLongRelativeClauseAfterTheNameTests
{
    [Theory]
    [InlineData("وقال حمزة يوسف النتشة، الذي تدير أسرته مصنعًا للزجاج على مدخل الخليل الشمالي منذ أربعة أجيال، إن فرن المصنع يحرق ثلاثة أطنان من الغاز في الشهر.", "حمزة يوسف النتشة")]
    [InlineData("وتقول سلمى عبد الكريم الراشد، التي تدير مع زوجها مزرعة للنخيل والزيتون على أطراف الواحة منذ عشرين عامًا، إن الماء المالح أتلف نصف الأشجار.", "سلمى عبد الكريم الراشد")]
    public void A_name_set_off_before_a_long_relative_clause_is_the_speaker(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void A_relative_clause_with_no_statement_after_it_names_no_speaker() =>
        Assert.Null(SpeakerOf("وزار الوفد مصنع حمزة يوسف النتشة، الذي تدير أسرته مصنعًا للزجاج على مدخل الخليل الشمالي منذ أربعة أجيال."));
}
