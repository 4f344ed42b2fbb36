using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public sealed class ConsonantSkeletonTests
{
    [Theory]
    [InlineData("جبران", "غيبران")]
    [InlineData("بوتين", "بوتن")]
    [InlineData("القذافي", "القزافي")]
    [InlineData("حسين", "هسين")]
    [InlineData("طوكيو", "توكيو")]
    [InlineData("عباس", "اباس")]
    [InlineData("سلمى", "سلما")]
    public void Spellings_a_latin_transliteration_cannot_tell_apart_share_a_skeleton(string a, string b) =>
        Assert.Equal(ConsonantSkeleton.Of(a), ConsonantSkeleton.Of(b));

    [Theory]
    [InlineData("جبران", "جبر")]
    [InlineData("بوتين", "بيروت")]
    [InlineData("موسكو", "مصر")]
    public void Words_with_other_consonants_do_not(string a, string b) =>
        Assert.NotEqual(ConsonantSkeleton.Of(a), ConsonantSkeleton.Of(b));

    [Fact]
    public void A_name_typed_in_latin_letters_meets_its_arabic_spelling() =>
        Assert.Equal(ConsonantSkeleton.Of("جبران"), ConsonantSkeleton.Of(LatinTransliteration.ToArabic("Gibran")));
}
