using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A reader's word that no briefing uses («الكهربا»، «الفلوس») is searched as the news words of its concept
/// (<see cref="ConceptLexicon"/>) and counts as covered where they stand; a word the briefings have is searched as itself.
/// </summary>
public sealed class ConceptStandInTests
{
    private static readonly Briefing City = Indexes.Briefing(
        "2026-11-20-city",
        new DateOnly(2026, 11, 20),
        "عادت الكهرباء إلى أحياء المدينة بعد انقطاع دام ثلاثة أيام.",
        "وخصصت البلدية المال اللازم لإصلاح الطرق قبل الشتاء.",
        "ويبحث المجلس التمويل الخارجي لمشروع الصرف الصحي.");

    [Fact]
    public void A_readers_word_no_briefing_uses_finds_the_news_word_of_its_concept_and_counts_as_covered()
    {
        using var index = Indexes.Of(City);

        var found = index.Search(new PassageSearch(index.Analyze("الكهربا"), 3));

        var hit = Assert.Single(found.Hits);
        Assert.Contains("الكهرباء", hit.Passage.Text, StringComparison.Ordinal);
        Assert.Equal(1, found.TopCoverage, 3);
    }

    [Fact]
    public void A_readers_word_of_a_concept_is_searched_as_its_concept_before_a_guess_at_its_family()
    {
        // «الكهربا» read as a derived form finds «هرب» (flight): the lexicon knows the word, a pattern only guesses at it.
        var city = Indexes.Briefing(
            "2026-11-21-city",
            new DateOnly(2026, 11, 21),
            "عادت الكهرباء إلى أحياء المدينة بعد انقطاع دام ثلاثة أيام.",
            "وقال السكان إن اللصوص هرب معظمهم من المدينة بعد الحادث.");
        using var index = Indexes.Of(city);

        var found = index.Search(new PassageSearch(index.Analyze("ليش الكهربا مقطوعة؟"), 3));

        Assert.Contains("الكهرباء", found.Hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_the_briefings_have_is_searched_as_itself_not_as_the_other_words_of_its_concept()
    {
        using var index = Indexes.Of(City);

        var found = index.Search(new PassageSearch(index.Analyze("المال"), 3));

        var hit = Assert.Single(found.Hits);
        Assert.Contains("المال اللازم", hit.Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_of_no_concept_that_no_briefing_uses_finds_nothing()
    {
        using var index = Indexes.Of(City);

        Assert.Empty(index.Search(new PassageSearch(index.Analyze("الزرافة"), 3)).Hits);
    }
}
