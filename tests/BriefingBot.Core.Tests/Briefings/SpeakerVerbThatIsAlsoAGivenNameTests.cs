using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «طالب» is a given name and a verb: opening the clause after a lead-in closed by a comma, with a title after it
/// («وفي جهة كلميم واد نون، طالب عضو مجلس الجهة يوسف الحسوني بإحداث …»), it is the verb, and the title's holder speaks.
/// </summary>
public class SpeakerVerbThatIsAlsoAGivenNameTests
{
    [Theory]
    [InlineData("وفي جهة كلميم واد نون، طالب عضو مجلس الجهة يوسف الحسوني بإحداث صندوق جهوي لدعم الفلاحين.", "يوسف الحسوني")]
    [InlineData("وفي مدينة كلميم، طالب رئيس الغرفة الفلاحية محمد أمزيان بتعويض الفلاحين.", "محمد أمزيان")]
    public void Talib_after_a_lead_in_and_before_a_title_is_the_verb(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void Talib_with_no_title_after_it_is_a_noun_and_names_no_speaker() =>
        Assert.Null(SpeakerOf("وفي المخيم، طالب جامعي يدرس الهندسة عن بعد منذ عامين."));
}
