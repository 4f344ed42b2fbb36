using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// Readers type in a hurry and leave out a space («ماذايحدث»، «الاسكندرالاكبر»، «شوقال»): a question word the
/// briefings lack that splits into two words they have, or into a question word and a word they have, is searched as those.
/// </summary>
public sealed class RunTogetherWordsTests
{
    private static readonly Briefing Harbour = Indexes.Briefing(
        "2026-12-03-harbour",
        new DateOnly(2026, 12, 3),
        "وصل الإسكندر الأكبر إلى الميناء القديم في القرن الرابع قبل الميلاد.",
        "وتراجع إنتاج القمح بسبب الجفاف هذا العام.",
        "ويحدث الازدحام في الميناء كل صيف مع وصول السفن السياحية.");

    [Theory]
    [InlineData("الاسكندرالاكبر", "الإسكندر الأكبر")]
    [InlineData("ماذايحدث في الميناء كل صيف", "ويحدث الازدحام")]
    [InlineData("شوالقمح", "إنتاج القمح")]
    public void Two_words_typed_without_a_space_are_searched_as_the_two(string question, string expected)
    {
        using var index = Indexes.Of(Harbour);

        var found = index.Search(new PassageSearch(index.Analyze(question), 3));

        Assert.Contains(expected, found.Hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_the_briefings_lack_is_not_split_into_short_pieces()
    {
        using var index = Indexes.Of(Harbour);

        var found = index.Search(new PassageSearch(index.Analyze("الكمفي"), 3));

        Assert.Empty(found.Hits);
    }
}
