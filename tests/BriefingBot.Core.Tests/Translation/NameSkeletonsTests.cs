using BriefingBot.Core.Search;
using BriefingBot.Core.Translation;

namespace BriefingBot.Core.Tests.Translation;

public sealed class NameSkeletonsTests
{
    private static readonly NameSkeletons Names = new(
    [
        new IndexedWord("جبران", 3), new IndexedWord("جبر", 9), new IndexedWord("بوتين", 5), new IndexedWord("وود", 2), new IndexedWord("ود", 40),
        new IndexedWord("قرار", 7), new IndexedWord("bm25", 1),
    ]);

    [Fact]
    public void A_transliterated_name_finds_the_index_word_with_its_consonants() =>
        Assert.Equal(["جبران"], Names.Match(["غيبران"]));

    [Fact]
    public void A_one_consonant_name_must_be_spelled_nearly_the_same() =>
        Assert.Equal(["وود"], Names.Match(["وود"]));

    [Fact]
    public void A_name_whose_consonants_no_index_word_has_finds_nothing() =>
        Assert.Empty(Names.Match(["بولياكوف"]));

    [Fact]
    public void The_vocabulary_answers_whether_a_form_is_in_some_passage()
    {
        Assert.True(Names.Contains("قرار"));
        Assert.False(Names.Contains("قرارات"));
    }
}
