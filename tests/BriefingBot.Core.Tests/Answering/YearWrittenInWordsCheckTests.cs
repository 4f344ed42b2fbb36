using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A year written in words is read to its end: «عام ألفين وخمسة وعشرين» speaks of 2025, so a figure of another year asked
/// in digits is not given by it, while the year it writes still answers.
/// </summary>
public sealed class YearWrittenInWordsCheckTests() : BriefingsAnswerSpec(Port)
{
    private static readonly Briefing Port = Indexes.TitledBriefing(
        "2027-01-25-bunkering",
        "ميناء الفجيرة يبيع وقود السفن",
        "وباعت شركات التزويد في الميناء في عام ألفين وخمسة وعشرين ستة ملايين وستمئة ألف طن من وقود السفن، بحسب سلطة الميناء.",
        "ويعمل في المرسى اثنان وستون قارب تزويد مرخصًا تملكها أربع وعشرون شركة.");

    [Fact]
    public void A_year_in_words_does_not_speak_of_another_year()
    {
        var other = Ask("كم طنًا من وقود السفن باع الميناء في 2023؟");

        Assert.Equal(DeclineReason.YearNotInAnswer, other.Declined);
    }

    [Fact]
    public void The_year_the_words_write_answers()
    {
        var given = Ask("كم طنًا من وقود السفن باع الميناء في 2025؟");

        Assert.True(given.Answered, given.Declined?.ToString());
    }

    [Theory]
    [InlineData("في عام ألفين وستة وعشرين", 2026)]
    [InlineData("في صيف ألفين وأربعة عشر", 2014)]
    [InlineData("في أول انتخابات حرة عام ألفين وأحد عشر", 2011)]
    [InlineData("منذ عام ألفين", 2000)]
    [InlineData("في عام ألفين وعشرة", 2010)]
    [InlineData("في عام ألفين وخمسة وعشرين ستة ملايين طن", 2025)]
    public void A_year_in_words_is_read_to_its_end(string text, int year)
    {
        var words = BriefingBot.Core.Text.ArabicText.FoldedWords(text);
        var at = words.ToList().FindIndex(w => w.EndsWith("الفين", StringComparison.Ordinal));

        Assert.Equal(year, YearCheck.YearInWords(words, at));
    }
}
