using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Core.Tests.Search.Analysis;

public class RecordedTokensTests
{
    private const string Passage = "قال الخبير بولياكوف إنّ كوريا الشمالية وروسيا ستردّان، بموسكو وفرنسا، على العقوبات الأمريكية Kremlin's 2024 في هذا";

    [Fact]
    public void A_replay_gives_the_word_field_exactly_what_the_word_chain_gives_it()
    {
        using var words = new BriefingAnalyzer(AnalysisMode.Words);

        var recorded = RecordedTokens.Record(words, "text", Passage);

        Assert.Equal(Tokens.Of(words, Passage), Tokens.Read(recorded.Replay()));
        Assert.Equal(Tokens.Of(words, Passage).Count, recorded.Count);
    }

    [Fact]
    public void Pairs_of_a_replay_are_the_pairs_of_the_pair_chain()
    {
        using var words = new BriefingAnalyzer(AnalysisMode.Words);
        using var pairs = new BriefingAnalyzer(AnalysisMode.Pairs);

        var recorded = RecordedTokens.Record(words, "text", Passage);

        Assert.Equal(Tokens.Of(pairs, Passage), Tokens.Read(new AdjacentPairFilter(recorded.Replay())));
    }

    [Fact]
    public void A_replay_ends_where_the_chain_ends_even_after_trailing_stop_words()
    {
        using var words = new BriefingAnalyzer(AnalysisMode.Words);

        var recorded = RecordedTokens.Record(words, "text", Passage);

        Assert.Equal(Tokens.EndOf(words.GetTokenStream("text", Passage)), Tokens.EndOf(recorded.Replay()));
    }

    [Fact]
    public void Replays_are_independent_and_an_empty_text_has_no_tokens()
    {
        using var words = new BriefingAnalyzer(AnalysisMode.Words);
        var recorded = RecordedTokens.Record(words, "text", Passage);

        Assert.Equal(Tokens.Read(recorded.Replay()), Tokens.Read(recorded.Replay()));
        Assert.Empty(Tokens.Read(RecordedTokens.Record(words, "text", "في هذا").Replay()));
    }
}
