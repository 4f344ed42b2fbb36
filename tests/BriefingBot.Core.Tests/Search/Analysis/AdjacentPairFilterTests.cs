using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Core.Tests.Search.Analysis;

public class AdjacentPairFilterTests
{
    [Fact]
    public void Main_forms_of_neighbours_pair_across_stop_words_with_the_span_of_the_second_word()
    {
        using var pairs = new BriefingAnalyzer(AnalysisMode.Pairs);

        Assert.Equal(
            [new Token("بولياكوف_كور", 17, 22, 1), new Token("كور_شمال", 23, 31, 1), new Token("شمال_روس", 32, 38, 1)],
            Tokens.Of(pairs, "قال بولياكوف إنّ كوريا الشمالية وروسيا"));
    }

    [Fact]
    public void Pairs_longer_than_the_term_buffer_are_whole()
    {
        using var pairs = new BriefingAnalyzer(AnalysisMode.Pairs);

        Assert.Equal(
            [new Token("interoperabilities_internationalisation", 19, 39, 1)],
            Tokens.Of(pairs, "Interoperabilities Internationalisation"));
    }

    [Fact]
    public void A_reused_stream_does_not_pair_the_last_word_of_one_text_with_the_next_text()
    {
        using var pairs = new BriefingAnalyzer(AnalysisMode.Pairs);

        Assert.Single(Tokens.Of(pairs, "كوريا الشمالية"));
        Assert.Empty(Tokens.Of(pairs, "روسيا"));
        Assert.Equal([new Token(AdjacentPairFilter.Pair("تحالف", "ثلاث"), 8, 15, 1)], Tokens.Of(pairs, "التحالف الثلاثي"));
    }

    [Fact]
    public void Pair_joins_as_the_filter_does()
    {
        using var words = new BriefingAnalyzer(AnalysisMode.Words);
        using var pairs = new BriefingAnalyzer(AnalysisMode.Pairs);

        var forms = Tokens.Of(words, "الشمالية وروسيا").Where(t => t.Increment > 0).Select(t => t.Term).ToList();

        Assert.Equal(AdjacentPairFilter.Pair(forms[0], forms[1]), Assert.Single(Tokens.Of(pairs, "الشمالية وروسيا")).Term);
    }
}
