using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Core.Tests.Search.Analysis;

public class ArabicFoldingFilterTests
{
    [Fact]
    public void Folded_words_keep_the_span_of_their_original_spelling_with_its_diacritics()
    {
        const string text = "مُوسْكُو شمالاً بيونج أميركا";

        var tokens = Tokens.Through(text, s => new ArabicFoldingFilter(s));

        Assert.Equal(
            [new Token("موسكو", 0, 8, 1), new Token("شمال", 9, 15, 1), new Token("بيونغ", 16, 21, 1), new Token("اميركا", 22, 28, 1)],
            tokens);
        Assert.Equal(["مُوسْكُو", "شمالاً", "بيونج", "أميركا"], tokens.Select(t => t.In(text)));
    }

    [Fact]
    public void Latin_is_lower_cased()
    {
        Assert.Equal([new Token("polyakov", 0, 8, 1)], Tokens.Through("Polyakov", s => new ArabicFoldingFilter(s)));
    }
}
