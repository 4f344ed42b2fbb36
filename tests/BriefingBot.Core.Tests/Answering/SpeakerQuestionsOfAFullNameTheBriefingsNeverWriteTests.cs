using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال عثمان ابو فاطمة؟» with «أحمد علمي عثمان» quoted: one word of the name matches, and the name beside it is
/// written nowhere he is quoted, so another person is asked of. A one-letter typo of his own given name is still his.
/// </summary>
public sealed class SpeakerQuestionsOfAFullNameTheBriefingsNeverWriteTests
{
    private static readonly Briefing Suakin = Indexes.Briefing(
        "2027-01-05-suakin-port",
        new DateOnly(2027, 1, 5),
        "عادت السفن الصغيرة إلى ميناء سواكن القديم بعد ترميم رصيفه الشمالي.",
        "وقال أحمد علمي عثمان، مدير الميناء، إن حركة القوارب تضاعفت منذ الصيف.");

    private static string? Match(string question)
    {
        var names = Suakin.SpeakerProfiles.Select(p => p.Name).ToList();
        return SpeakerQuestion.Match(question, new SpeakerDirectory(names), new SpeakerRoster([Suakin]));
    }

    [Fact]
    public void A_name_beside_the_matched_word_that_no_briefing_of_the_speaker_writes_is_another_person() =>
        Assert.Null(Match("ماذا قال عثمان ابو فاطمة؟"));

    [Fact]
    public void A_one_letter_typo_of_the_speakers_given_name_still_finds_the_speaker() =>
        Assert.Equal("أحمد علمي عثمان", Match("ماذا قال اخمد عثمان؟"));

    [Fact]
    public void The_surname_asked_alone_still_finds_the_speaker() =>
        Assert.Equal("أحمد علمي عثمان", Match("ماذا قال عثمان عن الميناء؟"));
}
