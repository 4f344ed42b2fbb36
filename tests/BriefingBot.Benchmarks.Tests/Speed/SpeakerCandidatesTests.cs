using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Benchmarks.Speed;
using BriefingBot.Core.Answering;

namespace BriefingBot.Benchmarks.Tests.Speed;

public sealed class SpeakerCandidatesTests
{
    private static readonly string[] _realSpeakers = ["أندريه بولياكوف", "جوناثان وود", "تشوي سون هوي", "فلاديمير بوتين"];

    [Theory]
    [InlineData("ماذا قال بولياكوف؟", true)]
    [InlineData("ماذا قال بولياكوب؟", true)]
    [InlineData("ما رأي جوناتان وود؟", true)]
    [InlineData("وبولياكوف ماذا يرى", true)]
    [InlineData("ما موقف بوتين", true)]
    [InlineData("ما هي العقوبات على روسيا", false)]
    public void Prefiltered_speakers_give_the_same_match_as_all_speakers(string question, bool aboutASpeaker)
    {
        var pool = new SyntheticCorpus(WordModel.FromPassages(["نص"]), seed: 5).SpeakerPool(500).Concat(_realSpeakers).ToList();
        var candidates = new SpeakerCandidates(pool);

        var subset = candidates.For(question);

        var expected = SpeakerQuestion.Match(question, pool);
        Assert.Equal(aboutASpeaker, expected is not null);
        Assert.Equal(expected, SpeakerQuestion.Match(question, subset));
        Assert.True(subset.Count < pool.Count / 10, $"{subset.Count} candidates of {pool.Count}");
        Assert.Equal(subset, pool.Where(subset.Contains));
    }
}
