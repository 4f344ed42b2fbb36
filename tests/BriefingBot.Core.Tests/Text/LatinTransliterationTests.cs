using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public class LatinTransliterationTests
{
    [Theory]
    [InlineData("polyakov", "بولياكوف")]
    [InlineData("Polyakov", "بولياكوف")]
    [InlineData("jonathan", "جوناثان")]
    [InlineData("wood", "وود")]
    [InlineData("yong", "يونغ")]
    [InlineData("suk", "سوك")]
    public void A_latin_name_is_written_as_arabic_news_spells_it(string latin, string arabic)
    {
        Assert.Equal(arabic, LatinTransliteration.ToArabic(latin));
    }

    [Fact]
    public void A_close_but_inexact_spelling_is_within_one_edit()
    {
        Assert.True(ArabicText.EditDistance(LatinTransliteration.ToArabic("andrei"), ArabicText.Fold("أندريه"), 1) <= 1);
    }

    [Theory]
    [InlineData("بولياكوف")]
    [InlineData("abc1")]
    [InlineData("")]
    public void Anything_but_a_latin_word_is_left_as_it_is(string word)
    {
        Assert.Equal(word, LatinTransliteration.ToArabic(word));
    }
}
