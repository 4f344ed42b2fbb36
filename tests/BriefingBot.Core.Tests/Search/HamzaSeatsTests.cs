using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A word's final hamza moves to «ؤ» or «ئ» before a pronoun («أسماؤه»، «أبنائه»), and readers write a seated hamza on the
/// line («قاءد»): folded, these met no «أسماء» or «قائد» of a briefing. A question word the briefings lack is read back
/// with the hamza on the seat they have.
/// </summary>
public sealed class HamzaSeatsTests
{
    private static readonly Briefing Council = Indexes.Briefing(
        "2026-12-02-council",
        new DateOnly(2026, 12, 2),
        "ونشرت الهيئة أسماء المرشحين الجدد للمجلس.",
        "وقال رئيس المجلس إن الجلسة المقبلة ستناقش الميزانية.");

    [Fact]
    public void A_hamza_seated_before_a_pronoun_finds_the_word_with_its_final_hamza()
    {
        using var index = Indexes.Of(Council);

        var found = index.Search(new PassageSearch(index.Analyze("ما أسماؤهم؟"), 3));

        Assert.Contains("أسماء المرشحين", Assert.Single(found.Hits).Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("اسماو", "اسماء")]
    [InlineData("ابناي", "ابناء")]
    [InlineData("قاءد", "قايد")]
    [InlineData("مسءول", "مسوول")]
    public void A_hamza_is_read_on_its_other_seat(string word, string seated) => Assert.Contains(seated, HamzaSeats.Of(word));

    [Theory]
    [InlineData("قمح")]
    [InlineData("اسماء")]
    [InlineData("شاي")]
    public void Other_words_have_no_other_seat(string word) => Assert.Empty(HamzaSeats.Of(word));
}
