using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public class QuestionTextTests
{
    [Theory]
    [InlineData("ماذا\u200B قال\u200C بولياكوف\u200D؟", "ماذا قال بولياكوف؟")]
    [InlineData("\u202Eماذا قال\u202C بولياكوف؟", "ماذا قال بولياكوف؟")]
    [InlineData("\u2066ماذا\u2069 قال\u200F بولياكوف\u200E؟", "ماذا قال بولياكوف؟")]
    [InlineData("\uFEFFماذا قال بولياكوف؟", "ماذا قال بولياكوف؟")]
    [InlineData("ماذا\u0000قال\u0007بولياكوف\u001B؟", "ماذا قال بولياكوف ؟")]
    [InlineData("  ماذا \t\n قال   بولياكوف؟  ", "ماذا قال بولياكوف؟")]
    [InlineData("ماذا\u2028قال\u2029بولياكوف؟", "ماذا قال بولياكوف؟")]
    public void Control_bidi_and_zero_width_characters_are_removed_and_spaces_collapsed(string raw, string clean)
    {
        Assert.Equal(clean, QuestionText.Clean(raw));
    }

    [Fact]
    public void Lone_surrogates_are_removed_not_turned_into_replacement_characters()
    {
        // Built at run time: test runners serialise attribute strings, and a lone surrogate does not survive that.
        var high = ((char)0xD800).ToString();
        var low = ((char)0xDC00).ToString();

        Assert.Equal("ماذا قال بولياكوف؟", QuestionText.Clean("ماذا" + high + " قال " + low + "بولياكوف؟"));
        Assert.Equal("ماذا قال بولياكوف؟", QuestionText.Clean("ماذا قال بولياكوف؟" + high));
        Assert.Equal("ماذا قال 😀", QuestionText.Clean("ماذا قال 😀"));
    }

    [Theory]
    [InlineData("وماذا عن الأهوار؟", "ماذا عن الأهوار؟")]
    [InlineData("ومتى تعلن النتائج", "متى تعلن النتائج")]
    [InlineData("فكيف سترد واشنطن؟", "كيف سترد واشنطن؟")]
    [InlineData("وليش باع الفلاح جواميسه", "ليش باع الفلاح جواميسه")]
    [InlineData("وين الأهوار؟", "وين الأهوار؟")]
    [InlineData("وزير المالية", "وزير المالية")]
    [InlineData("و", "و")]
    public void A_conjunction_on_the_opening_question_word_is_dropped_and_nothing_else(string raw, string clean)
    {
        Assert.Equal(clean, QuestionText.Clean(raw));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\u200B\u200F\u202E")]
    [InlineData(" \t\n ")]
    public void Nothing_but_invisible_characters_cleans_to_empty(string? raw)
    {
        Assert.Equal(string.Empty, QuestionText.Clean(raw));
    }

    [Fact]
    public void Diacritics_and_lucene_syntax_are_kept_as_written()
    {
        Assert.Equal("مُوسْكُو title:x AND \"*:*\"", QuestionText.Clean("مُوسْكُو title:x AND \"*:*\""));
    }
}
