using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public class ArabicTextTests
{
    [Theory]
    [InlineData("أَميرْكيّ", "اميركي")]
    [InlineData("مـوسـكـو", "موسكو")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("عاصمة", "عاصمه")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("Kremlin", "kremlin")]
    public void Fold_unifies_spelling_variants_and_drops_marks(string text, string folded)
    {
        Assert.Equal(folded, ArabicText.Fold(text));
    }

    [Fact]
    public void Fold_of_any_character_outside_the_special_cases_is_its_invariant_lower_case()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var folded = ArabicText.Fold(c);
            if (folded != '\0' && folded == c && char.ToLowerInvariant(c) != c)
            {
                Assert.Fail($"U+{(int)c:X4} kept its case");
            }
        }

        Assert.Equal('ب', ArabicText.Fold('ب'));
        Assert.Equal('k', ArabicText.Fold('K'));
    }

    [Fact]
    public void Strip_marks_keeps_the_letters_as_written()
    {
        Assert.Equal("أميركي", ArabicText.StripMarks("أَميـركيّ"));
    }

    [Fact]
    public void Folded_words_split_on_punctuation_and_space()
    {
        Assert.Equal(["ماذا", "قال", "بولياكوف"], ArabicText.FoldedWords("ماذا قال «بولياكوف»؟"));
    }

    [Theory]
    [InlineData("بولياكوف", "بولياكوف", 0)]
    [InlineData("بولياكوف", "بولياكف", 1)]
    [InlineData("امريكي", "اميركي", 1)]
    [InlineData("كرملين", "كريملين", 1)]
    [InlineData("بولياكوف", "بوليكف", 2)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_transpositions(string a, string b, int distance)
    {
        Assert.Equal(distance, ArabicText.EditDistance(a, b, 3));
    }

    [Fact]
    public void Edit_distance_stops_counting_past_the_bound()
    {
        Assert.Equal(2, ArabicText.EditDistance("بولياكوف", "واشنطن", 1));
    }
}
