using BriefingBot.Core.Translation;

namespace BriefingBot.Core.Tests.Translation;

public sealed class EnglishWordsTests
{
    [Theory]
    [InlineData("What did Putin say?", true)]
    [InlineData("sanctions", true)]
    [InlineData("ماذا قال بولياكوف؟", false)]
    [InlineData("ماذا قال Polyakov؟", true)]
    [InlineData("ماذا قال بولياكوف عن NATO؟", false)]
    [InlineData("2026", false)]
    [InlineData("a", false)]
    public void A_question_is_english_when_latin_letters_outnumber_arabic_ones(string question, bool english) =>
        Assert.Equal(english, EnglishWords.IsEnglish(question));

    [Fact]
    public void Words_are_lower_cased_with_possessives_removed_and_capitals_remembered()
    {
        var words = EnglishWords.Words("Is Pyongyang a tool in the Kremlin's hand?");

        Assert.Equal(
            [("is", true), ("pyongyang", true), ("a", false), ("tool", false), ("in", false), ("the", false), ("kremlin", true), ("hand", false)],
            words);
    }

    [Theory]
    [InlineData("countries", "country")]
    [InlineData("sanctions", "sanction")]
    [InlineData("visited", "visit")]
    [InlineData("used", "use")]
    [InlineData("stopped", "stop")]
    [InlineData("making", "make")]
    [InlineData("worried", "worry")]
    public void An_inflected_word_offers_its_base_form(string word, string baseForm)
    {
        var forms = EnglishWords.BaseForms(word).ToList();

        Assert.Equal(word, forms[0]);
        Assert.Contains(baseForm, forms);
    }

    [Theory]
    [InlineData("what")]
    [InlineData("the")]
    [InlineData("did")]
    [InlineData("getting")]
    public void Function_words_are_stop_words(string word) => Assert.True(EnglishWords.IsStopWord(word));

    [Theory]
    [InlineData("sanctions")]
    [InlineData("alliance")]
    public void Content_words_are_not_stop_words(string word) => Assert.False(EnglishWords.IsStopWord(word));
}
