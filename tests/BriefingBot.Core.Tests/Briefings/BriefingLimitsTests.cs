using System.Text;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

public sealed class BriefingLimitsTests
{
    private static readonly BriefingParser Parser = new();

    [Theory]
    [InlineData(20_000)]
    [InlineData(31)]
    public void A_name_with_an_absurdly_long_word_is_no_speaker(int letters)
    {
        var briefing = Parser.Parse($"# موجز\n\nقال الخبير {new string('ب', letters)} إن العلاقات تتطور بسرعة.\n\nقال الخبير أندريه بولياكوف إن موسكو تبحث عن شركاء.\n");

        Assert.All(briefing.Passages.SkipLast(1), p => Assert.Null(p.Speaker));
        Assert.Equal("أندريه بولياكوف", briefing.Passages[^1].Speaker);
        Assert.Null(BriefingLimits.Violation(briefing));
    }

    [Fact]
    public void Every_parsed_speaker_keeps_the_name_bounds()
    {
        var words = string.Join(' ', Enumerable.Range(0, 12).Select(i => new string((char)('ب' + i), 25)));
        var briefing = Parser.Parse($"# موجز\n\nقال {words} إن العلاقات تتطور بسرعة.\n");

        Assert.All(briefing.Passages, p => Assert.True(p.Speaker is null || BriefingLimits.IsPlausibleSpeaker(p.Speaker), p.Speaker));
    }

    [Fact]
    public void A_giant_heading_is_kept_as_a_paragraph_not_stored_with_every_passage()
    {
        var giant = new string('ع', 5_000);
        var briefing = Parser.Parse($"# عنوان\n\n## {giant}\n\nفقرة أولى عادية هنا.\n\nفقرة ثانية عادية هنا.\n");

        Assert.DoesNotContain(giant, briefing.Sections);
        Assert.All(briefing.Passages, p => Assert.True(p.Section is null || p.Section.Length <= BriefingLimits.MaxHeadingLength));
        Assert.Equal(giant.Length, briefing.Passages.Sum(p => p.Text.Count(c => c == 'ع')) - "فقرة أولى عادية هنا.فقرة ثانية عادية هنا.".Count(c => c == 'ع'));
    }

    [Fact]
    public void A_giant_title_in_the_front_matter_is_cut()
    {
        var briefing = Parser.Parse($"---\ntitle: {new string('ع', 100_000)}\nsource: {new string('م', 100_000)}\n---\nفقرة عادية هنا.\n");

        Assert.True(briefing.Title.Length <= BriefingLimits.MaxTitleLength);
        Assert.True(briefing.Source!.Length <= BriefingLimits.MaxSourceLength);
        Assert.Null(BriefingLimits.Violation(briefing));
    }

    [Fact]
    public void A_first_paragraph_of_one_giant_word_gives_a_bounded_title()
    {
        var briefing = Parser.Parse(new string('م', 50_000));

        Assert.True(briefing.Title.Length <= BriefingLimits.MaxTitleLength);
    }

    [Theory]
    [InlineData("م")]
    [InlineData("a")]
    [InlineData("😀")]
    [InlineData("👩🏽‍🚀")]
    public void A_giant_single_token_body_is_cut_into_bounded_passages_losing_nothing_and_splitting_no_character(string unit)
    {
        var body = string.Concat(Enumerable.Repeat(unit, 60_000 / unit.Length));

        var briefing = Parser.Parse(body);

        Assert.All(briefing.Passages, p =>
        {
            Assert.True(p.Text.Length <= BriefingParser.DefaultMaxPassageLength, $"{p.Text.Length}");
            Assert.False(char.IsHighSurrogate(p.Text[^1]), "a passage ends inside a surrogate pair");
            Assert.False(char.IsLowSurrogate(p.Text[0]), "a passage starts inside a surrogate pair");
        });
        Assert.Equal(body, string.Concat(briefing.Passages.Select(p => p.Text)));
    }

    [Fact]
    public void A_long_sentence_without_sentence_ends_is_cut_between_words()
    {
        var words = string.Join(' ', Enumerable.Repeat("كلمة", 2_000));

        var briefing = Parser.Parse(words);

        Assert.All(briefing.Passages, p =>
        {
            Assert.True(p.Text.Length <= BriefingParser.DefaultMaxPassageLength);
            Assert.Equal("كلمة", p.Text.Split(' ')[^1]);
        });
        Assert.Equal(2_000, briefing.Passages.Sum(p => p.Text.Split(' ').Length));
    }

    [Fact]
    public void A_giant_cluster_of_marks_is_cut_on_code_points()
    {
        var cluster = "ا" + new string('\u064B', 10_000) + " " + "😀" + new string('\u0301', 10_000);

        var briefing = Parser.Parse(cluster);

        Assert.All(briefing.Passages, p => Assert.True(p.Text.Length <= BriefingParser.DefaultMaxPassageLength));
        Assert.Equal(cluster.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(briefing.Passages.Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.All(briefing.Passages, p => Assert.True(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(p.Text)) == p.Text, "a passage holds a split surrogate pair"));
    }
}
