namespace BriefingBot.Adapters.Tests;

public class TextChunkerTests
{
    [Fact]
    public void A_text_within_the_limit_is_one_piece_and_an_empty_text_none()
    {
        var chunker = new TextChunker(" ");

        Assert.Equal(["قال الخبير"], chunker.SplitText("قال الخبير", 20));
        Assert.Empty(chunker.SplitText(string.Empty, 20));
    }

    [Fact]
    public void A_line_break_is_preferred_to_a_space_and_the_break_belongs_to_neither_piece()
    {
        var chunker = new TextChunker("\n ");

        Assert.Equal(["one two", "three four"], chunker.SplitText("one two\nthree four", 12));
    }

    [Fact]
    public void A_break_too_early_in_the_piece_is_passed_over_for_a_cut_at_the_limit()
    {
        var text = "ab " + new string('x', 20);

        Assert.Equal(["ab", new string('x', 10)], new TextChunker(" ").SplitText(text, 10).Take(2));
        Assert.Equal("ab " + new string('x', 7), new TextChunker(" ", MinimumFill: 0.5).SplitText(text, 10)[0]);
    }

    [Fact]
    public void Every_piece_fits_and_together_they_keep_every_word()
    {
        var text = string.Join(' ', Enumerable.Range(0, 400).Select(i => "كلمة" + i));

        var pieces = new TextChunker(" ", MinimumFill: 0.5).SplitText(text, 100);

        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 100));
        Assert.Equal(text.Split(' '), pieces.SelectMany(p => p.Split(' ')));
    }

    [Fact]
    public void A_hard_cut_never_splits_a_surrogate_pair_nor_follows_an_escape_character()
    {
        var emoji = "\U0001F600";
        var surrogates = new TextChunker(" ").SplitText(new string('a', 9) + emoji + "bbb", 10);
        Assert.Equal([new string('a', 9), emoji + "bbb"], surrogates);

        var escaped = new TextChunker(" ", NoCutAfter: "\\").SplitText(new string('a', 9) + "\\*bbb", 10);
        Assert.Equal([new string('a', 9), "\\*bbb"], escaped);
    }

    [Fact]
    public void The_ranges_point_into_the_text_without_the_white_space_around_a_cut()
    {
        var text = "alpha beta    gamma delta";

        var ranges = new TextChunker(" ").Split(text, 12);

        Assert.Equal(["alpha beta", "gamma delta"], ranges.Select(r => text[r]));
        Assert.Equal(14, ranges[1].Start.Value);
    }
}
