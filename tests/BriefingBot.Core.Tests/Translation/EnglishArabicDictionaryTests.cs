using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Translation;

namespace BriefingBot.Core.Tests.Translation;

public sealed class EnglishArabicDictionaryTests
{
    [Fact]
    public void Numbered_senses_become_translations_and_an_explanation_is_left_out()
    {
        var translations = Dictionaries.Tiny().Translate("bomb");

        Assert.Equal(["القنبلة النووية", "القنبلة"], translations);
    }

    [Fact]
    public void Senses_separated_by_an_arabic_comma_and_in_two_entries_are_all_kept()
    {
        var translations = Dictionaries.Tiny().Translate("meet");

        Assert.Equal(["إجتمع", "لقاء", "اللقاء"], translations);
    }

    [Theory]
    [InlineData("visited", "الزيارة")]
    [InlineData("visiting", "الزيارة")]
    [InlineData("bombs", "القنبلة النووية")]
    [InlineData("Alliance", "التّحالف")]
    public void An_inflected_or_capitalised_word_is_looked_up_as_its_base_form(string word, string first) =>
        Assert.Equal(first, Dictionaries.Tiny().Translate(word.ToLowerInvariant())[0]);

    [Fact]
    public void An_unknown_word_has_no_translation() =>
        Assert.Empty(Dictionaries.Tiny().Translate("polyakov"));

    [Fact]
    public void A_folder_without_the_dictionary_opens_nothing()
    {
        using var temp = new TempDirectory();

        Assert.Null(EnglishArabicDictionary.TryOpen(temp.Path, "freedict-eng-ara"));
    }

    [SkippableFact]
    public void The_installed_freedict_dictionary_translates_news_words()
    {
        Skip.If(Dictionaries.Installed is null, Dictionaries.MissingReason);
        var dictionary = Dictionaries.Installed!;

        Assert.True(dictionary.Count > 80_000);
        Assert.Contains("العقوبات", dictionary.Translate("sanctions"));
        Assert.Contains("التّحالف", dictionary.Translate("alliance"));
        Assert.Contains("موسكو", dictionary.Translate("moscow"));
    }
}
