using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public class GazetteerCompoundTests
{
    [Theory]
    [InlineData("زار الوفد بالولايات المتحدة وجنوب السودان", "الولايات المتحده@2|جنوب السودان@4")]
    [InlineData("قالت الأمم المتحدة إن الولايات", "")]
    [InlineData("المتحدة الولايات", "")]
    public void A_place_of_two_words_is_found_with_its_first_word_through_clitics_and_its_second_as_written(string text, string expected)
    {
        var found = Gazetteer.CompoundsIn(ArabicText.FoldedWords(text)).Select(c => $"{c.Place.Name}@{c.At}");

        Assert.Equal(expected, string.Join('|', found));
    }

    [Theory]
    [InlineData("زار الوفد بالولايات المتحدة وجنوب السودان", true)]
    [InlineData("قالت الأمم المتحدة إن الولايات", false)]
    [InlineData("المتحدة الولايات", false)]
    public void A_text_says_a_place_of_two_words_where_it_is_found_among_the_others(string text, bool says)
    {
        var unitedStates = Gazetteer.Compounds[0];

        Assert.Equal(says, Gazetteer.Says(text, unitedStates));
        Assert.Equal(says, Gazetteer.CompoundsIn(ArabicText.FoldedWords(text)).Any(c => c.Place == unitedStates));
    }
}
