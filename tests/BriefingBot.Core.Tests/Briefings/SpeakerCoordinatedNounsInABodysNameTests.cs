using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A body's name with two coordinated nouns after «لـ» («الشركة الوطنية لاستغلال وتوزيع المياه») names no person after
/// the title: its spokesman or director unnamed is the office, never «وتوزيع المياه»; a name after the body's name is
/// still the speaker.
/// </summary>
public class SpeakerCoordinatedNounsInABodysNameTests
{
    [Theory]
    [InlineData("وأشار المتحدث باسم الشركة الوطنية لاستغلال وتوزيع المياه إلى أن الشركة لن تسمح بسقي الأشجار.", "المتحدث باسم الشركة الوطنية لاستغلال")]
    [InlineData("وقال مدير الديوان الوطني لتطوير وتسويق الزيتون إن الصادرات تراجعت.", "مدير الديوان الوطني لتطوير وتسويق الزيتون")]
    [InlineData("وقال مدير الديوان الوطني لتطوير وتسويق الزيتون كمال الهمامي إن الصادرات تراجعت.", "كمال الهمامي")]
    public void The_second_of_two_coordinated_nouns_is_no_name(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));
}
