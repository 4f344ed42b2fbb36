using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

/// <summary>
/// Whether a word is in a list by any of its readings (<see cref="ArabicWordForms.AnyIn"/>), asked without building the
/// readings, answers as the readings do: every clitic a word may carry, on words short and long.
/// </summary>
public sealed class ArabicWordFormsTests
{
    private static readonly string[] Stems = ["عاصمه", "مدينه", "كم", "بكرا", "لبنان", "ال", "اب", "لل", "عدد", "ولد", "فيه", "كتب", "السلام"];

    private static readonly string[] Clitics = ["", "و", "ف", "ب", "ل", "ك", "ال", "لل", "وب", "فل", "وال", "بال", "وبال", "فلل", "كال", "لال", "ول", "وك"];

    [Fact]
    public void A_word_is_in_a_list_by_any_reading_exactly_when_one_of_its_readings_is_in_it()
    {
        var words = Clitics.SelectMany(c => Stems.Select(s => c + s)).Concat(Clitics).Where(w => w.Length > 0).Distinct().ToList();
        foreach (var list in Lists(words))
        {
            foreach (var word in words)
            {
                Assert.True(
                    ArabicWordForms.Readings(word).Any(list.Contains) == ArabicWordForms.AnyIn(word, list),
                    $"«{word}» in [{string.Join("، ", list)}]");
            }
        }
    }

    [Fact]
    public void A_list_that_is_not_an_ordinal_set_is_asked_by_the_readings()
    {
        IReadOnlySet<string> sorted = new SortedSet<string>(["عاصمه"], StringComparer.Ordinal);

        Assert.True(ArabicWordForms.AnyIn("وبالعاصمه", sorted));
        Assert.False(ArabicWordForms.AnyIn("عاصمتها", sorted));
    }

    [Theory]
    [InlineData("ومتى", 2, "متى")]
    [InlineData("فكم", 2, "كم")]
    [InlineData("وكم", 3, null)]
    [InlineData("وعدد", 3, "عدد")]
    [InlineData("بكم", 2, null)]
    [InlineData("متى", 2, null)]
    [InlineData("و", 2, null)]
    public void A_glued_conjunction_is_taken_off_where_enough_of_the_word_is_left(string word, int lettersLeft, string? bare)
    {
        Assert.Equal(bare, ArabicWordForms.WithoutConjunction(word, lettersLeft));
    }

    [Theory]
    [InlineData("وبولياكوف", true)]
    [InlineData("لبولياكوف", true)]
    [InlineData("كمدير", true)]
    [InlineData("فقال", true)]
    [InlineData("وقال", true)]
    [InlineData("بكم", false)]
    [InlineData("مدير", false)]
    public void A_one_letter_conjunction_or_preposition_may_be_glued_on_a_word_of_four_letters_or_more(string word, bool glued) =>
        Assert.Equal(glued, ArabicWordForms.OpensWithOneLetterClitic(word));

    [Theory]
    [InlineData("الصفار", "الصفار", true)]
    [InlineData("والصفار", "الصفار", true)]
    [InlineData("بالصفار", "الصفار", true)]
    [InlineData("للصفار", "الصفار", false)]
    [InlineData("كالصفار", "الصفار", true)]
    [InlineData("بولياكوف", "بولياكوف", true)]
    [InlineData("ولي", "لي", false)]
    [InlineData("الصفار", "صفار", false)]
    [InlineData("مالصفار", "الصفار", false)]
    public void A_word_is_spelt_as_written_or_under_one_glued_conjunction_or_preposition(string written, string word, bool spells) =>
        Assert.Equal(spells, ArabicWordForms.Spells(written, word));

    /// <summary>Each stem alone, each with its article, and lists of clitic-like words («ال»، «لل»، «بكرا» as a word).</summary>
    private static IEnumerable<HashSet<string>> Lists(List<string> words)
    {
        foreach (var stem in Stems)
        {
            yield return new HashSet<string>([stem], StringComparer.Ordinal);
            yield return new HashSet<string>(["ال" + stem], StringComparer.Ordinal);
        }

        yield return new HashSet<string>(["و", "ال", "لل", "ب"], StringComparer.Ordinal);
        yield return new HashSet<string>(words.Where((_, i) => i % 7 == 0));
        yield return [];
    }
}
