using BriefingBot.Core.Answering;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

public class SpeakerDirectoryTests
{
    private static readonly string[] Speakers = ["أندريه بولياكوف", "لي يونغ سوك", "جوناثان وود"];

    private static IEnumerable<string> CandidatesFor(SpeakerDirectory directory, string question) =>
        directory.Candidates(ArabicText.FoldedWords(question)).Select(c => c.Name);

    [Theory]
    [InlineData("بولياكوف", "أندريه بولياكوف")]
    [InlineData("بولياكف", "أندريه بولياكوف")]
    [InlineData("بوليكف", "أندريه بولياكوف")]
    [InlineData("وبولياكوف", "أندريه بولياكوف")]
    [InlineData("جوناثن", "جوناثان وود")]
    [InlineData("وود", "جوناثان وود")]
    public void A_name_word_finds_its_speaker_exactly_or_with_a_typo(string word, string speaker)
    {
        Assert.Contains(speaker, CandidatesFor(new SpeakerDirectory(Speakers), word));
    }

    [Fact]
    public void Among_many_speakers_only_those_with_a_close_name_are_candidates()
    {
        var many = Enumerable.Range(0, 20_000).Select(i => $"متحدث{i} اسم{i}").Concat(Speakers).ToList();
        var directory = new SpeakerDirectory(many);

        var candidates = CandidatesFor(directory, "ماذا قال بولياكوف عن إيران").ToList();

        Assert.Equal(["أندريه بولياكوف"], candidates);
        Assert.Equal("أندريه بولياكوف", SpeakerQuestion.Match("ماذا قال بولياكف؟", directory));
    }

    [Fact]
    public void An_english_question_about_a_speaker_is_recognised()
    {
        var directory = new SpeakerDirectory(Speakers);

        Assert.Equal("أندريه بولياكوف", SpeakerQuestion.Match("what did Polyakov say?", directory));
        Assert.Equal("جوناثان وود", SpeakerQuestion.Match("Jonathan Wood", directory));
        Assert.Equal("لي يونغ سوك", SpeakerQuestion.Match("what does Lee Yong-suk think", directory));
    }
}
