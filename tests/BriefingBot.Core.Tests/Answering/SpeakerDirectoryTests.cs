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

    /// <summary>
    /// Allocation stands in for time here (a timing assertion would be noisy): the keys of a name word grow with the
    /// square of its length, each one as long as the word, so a 400-letter word used to cost ~100 MB and a 15,000-letter
    /// one more memory than the machine has.
    /// </summary>
    [Fact]
    public void A_name_word_of_absurd_length_costs_no_more_than_a_real_one()
    {
        var giant = new string('ك', 400);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var directory = new SpeakerDirectory([.. Speakers, "الخبير " + giant]);
        var match = SpeakerQuestion.Match("ماذا قال " + giant, directory);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8_000_000, $"{(GC.GetAllocatedBytesForCurrentThread() - before) / 1_000_000} MB");
        Assert.Null(match);
        Assert.Equal("أندريه بولياكوف", SpeakerQuestion.Match("ماذا قال بولياكف؟", directory));
    }

    [Fact]
    public void A_question_of_one_long_word_costs_no_more_than_a_real_one()
    {
        var directory = new SpeakerDirectory(Speakers);
        var question = new string('ب', 300);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var match = SpeakerQuestion.Match(question, directory);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 8_000_000, $"{(GC.GetAllocatedBytesForCurrentThread() - before) / 1_000_000} MB");
        Assert.Null(match);
    }
}
