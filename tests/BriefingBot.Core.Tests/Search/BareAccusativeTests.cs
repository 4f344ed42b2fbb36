using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A noun counted after «كم» is in the accusative, and readers write its tanween's alef without the mark: «كم طنا؟».
/// A three-letter word keeps its alef in the analyser, so the question must read it back as the bare noun the
/// briefing has («طن»), as the word itself.
/// </summary>
public sealed class BareAccusativeTests
{
    private static readonly Briefing Mines = Indexes.Briefing(
        "2026-12-03-mines",
        new DateOnly(2026, 12, 3),
        "وتقول الشركة إن المناجم استخرجت هذه السنة معادن كثيرة من الجبال.",
        "وبلغ إنتاج المناجم هذه السنة ثلاثة ملايين طن من الفوسفات.");

    [Fact]
    public void A_counted_noun_written_with_its_accusative_alef_finds_the_passage_with_the_bare_noun()
    {
        Assert.Contains("ملايين طن", First(SearchTuning.Default), StringComparison.Ordinal);
        // Without reading the word back, the passage with the question's other words as written comes first.
        Assert.Contains("معادن كثيرة", First(SearchTuning.Default with { DialectSpellings = false }), StringComparison.Ordinal);
    }

    private static string First(SearchTuning tuning)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Mines], "test");
        return index.Search(new PassageSearch(index.Analyze("كم طنا استخرجت المناجم هذه السنة؟"), 2)).Hits[0].Passage.Text;
    }

    [Theory]
    [InlineData("طنا", "طن")]
    [InlineData("دما", "دم")]
    public void A_three_letter_word_ending_in_alef_is_read_back_without_it(string word, string bare) =>
        Assert.Equal([bare], BareAccusative.Of(word));

    [Theory]
    [InlineData("يوما")]
    [InlineData("طن")]
    [InlineData("ماا")]
    public void Other_words_have_no_bare_reading(string word) => Assert.Empty(BareAccusative.Of(word));
}
