using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// Spoken Arabic merges the interdentals into stops and sibilants («الدهب» for «الذهب»، «كتير» for «كثير»، «زيادة» for
/// «ذيادة» never), and readers write as they speak: a question word the briefings lack is searched as its standard
/// spelling when the briefings have that.
/// </summary>
public sealed class DialectSpellingTests
{
    private static readonly Briefing Gold = Indexes.Briefing(
        "2026-12-02-gold",
        new DateOnly(2026, 12, 2),
        "بلغت صادرات الذهب أربعة وستين طنًا في العام الماضي.",
        "ويقول التجار إن كثيرًا من المعدنين يبيعون للمهربين.",
        "وتراجع إنتاج القمح بسبب الجفاف.");

    [Theory]
    [InlineData("الدهب", "صادرات الذهب")]
    [InlineData("كتير", "كثيرًا من المعدنين")]
    public void A_dialect_spelling_finds_the_standard_word(string question, string expected)
    {
        using var index = Indexes.Of(Gold);

        var found = index.Search(new PassageSearch(index.Analyze(question), 3));

        Assert.Contains(expected, Assert.Single(found.Hits).Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("دهب", new[] { "ذهب" })]
    [InlineData("كتير", new[] { "كثير" })]
    [InlineData("تلاته", new[] { "ثلاته" })]
    public void Each_merged_consonant_is_read_back_as_the_interdental_it_stands_for(string word, string[] expected)
    {
        foreach (var spelling in expected)
        {
            Assert.Contains(spelling, DialectSpellings.Of(word));
        }
    }

    /// <summary>
    /// The same readers put an interdental back where a word never had one: «ثامر» for the singer «تامر» found nothing
    /// («ثامر» is too short for a typo correction, and the correction keeps the first two letters, so «الاظطراب» never
    /// reached «الاضطراب»).
    /// </summary>
    [Theory]
    [InlineData("ثامر", "تامر")]
    [InlineData("اظطراب", "اضطراب")]
    [InlineData("ذراع", "دراع")]
    public void An_interdental_is_also_read_as_the_letter_it_merged_into(string word, string merged) =>
        Assert.Contains(merged, DialectSpellings.Of(word));

    [Fact]
    public void A_name_written_with_an_interdental_it_never_had_finds_the_name()
    {
        using var index = Indexes.Of(Concert);

        var found = index.Search(new PassageSearch(index.Analyze("ثامر حسني"), 3));

        Assert.Contains("تامر حسني", Assert.Single(found.Hits).Passage.Text, StringComparison.Ordinal);
    }

    /// <summary>A letter read back once stays as read: «دهب» is «ذهب», never read on to «زهب».</summary>
    [Fact]
    public void A_letter_is_read_back_once() => Assert.DoesNotContain("زهب", DialectSpellings.Of("دهب"));

    private static readonly Briefing Concert = Indexes.Briefing(
        "2026-12-02-concert",
        new DateOnly(2026, 12, 2),
        "وأحيا المغني تامر حسني حفلا في القاهرة حضره الآلاف.",
        "وقالت وزارة الثقافة إن المهرجان يعود في الربيع.");

    [Fact]
    public void A_word_without_a_merged_consonant_has_no_other_spelling() => Assert.Empty(DialectSpellings.Of("قمح"));
}
