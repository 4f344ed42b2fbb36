using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// The narration names a person by a given name, a name the lexicon need not list and a surname with the article, and the
/// verb then quotes them by that surname («يعمل سامر عوني الحموي في دكان …. ويقول الحموي إن»): the surname is the name's
/// last word, not what came after a name of two words.
/// </summary>
public class SpeakerNarratedNameClosedByTheSurnameQuotedTests
{
    [Theory]
    [InlineData("وفي سوق العطارين، يعمل سامر عوني الحموي في دكان ورثه عن أبيه منذ عشرين عامًا. ويقول الحموي إن الزبائن قلّوا هذا العام.", "سامر عوني الحموي")]
    [InlineData("وعلى باب الفرن، تقف منى عفيف الحلبي منذ الفجر لتوزيع الخبز على الجيران. وتقول الحلبي إن الطحين صار يصل متأخرًا.", "منى عفيف الحلبي")]
    public void The_surname_the_verb_quotes_by_ends_the_narrated_name(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void A_surname_the_narration_does_not_write_after_the_name_is_not_added()
    {
        var speaker = ParsedBriefing.SpeakerOf("وفي سوق العطارين، يعمل سامر عوني في دكان ورثه عن أبيه منذ عشرين عامًا. ويقول الحموي إن الزبائن قلّوا هذا العام.");
        Assert.NotEqual("سامر عوني الحموي", speaker);
    }
}
