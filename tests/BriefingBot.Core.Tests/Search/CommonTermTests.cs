using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public sealed class CommonTermTests
{
    // Every passage mentions «اقتصاد» (a common word), one in two «سياسة», and only three «زلزال» (a distinctive one).
    private static readonly Briefing Large = new BriefingParser().Parse(
        string.Join("\n\n", Enumerable.Range(0, 1200).Select(Paragraph)),
        new BriefingHeader(Id: "large", Title: "اختبار", Date: new DateOnly(2026, 11, 24)));

    private static readonly SearchTuning Flat = new() { CommonTermShare = 2.0 };

    [Fact]
    public void With_a_distinctive_word_only_passages_containing_it_rank_and_score_as_in_a_flat_search()
    {
        using var withCommonTerms = Index(SearchTuning.Default);
        using var flat = Index(Flat);

        var hits = Search(withCommonTerms, "الاقتصاد والسياسة بعد الزلزال", take: 10);
        var flatHits = Search(flat, "الاقتصاد والسياسة بعد الزلزال", take: 1200);

        Assert.Equal(3, hits.Count);
        Assert.All(hits, h => Assert.Contains("زلزال", h.Passage.Text, StringComparison.Ordinal));
        Assert.Equal(
            flatHits.Where(h => h.Passage.Text.Contains("زلزال", StringComparison.Ordinal)).Select(h => (h.Passage.Id, h.Score)),
            hits.Select(h => (h.Passage.Id, h.Score)));
    }

    [Fact]
    public void A_question_of_common_words_only_is_searched_in_full()
    {
        using var withCommonTerms = Index(SearchTuning.Default);
        using var flat = Index(Flat);

        Assert.Equal(
            Search(flat, "الاقتصاد والسياسة", take: 5).Select(h => (h.Passage.Id, h.Score)),
            Search(withCommonTerms, "الاقتصاد والسياسة", take: 5).Select(h => (h.Passage.Id, h.Score)));
    }

    [Fact]
    public void A_small_index_has_no_common_words()
    {
        var small = new BriefingParser().Parse(
            string.Join("\n\n", Enumerable.Range(0, 40).Select(Paragraph)),
            new BriefingHeader(Id: "small", Title: "اختبار", Date: new DateOnly(2026, 11, 24)));
        using var index = PassageIndex.InMemory();
        index.Rebuild([small], "test");

        // Only one passage here mentions the earthquake; at this size the economy still counts, so every passage
        // that mentions it stays a candidate, as a small briefing collection expects.
        Assert.Equal(40, Search(index, "الاقتصاد بعد الزلزال", take: 100).Count);
    }

    private static PassageIndex Index(SearchTuning tuning)
    {
        var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Large], "test");
        return index;
    }

    private static IReadOnlyList<PassageHit> Search(PassageIndex index, string question, int take) =>
        index.Search(new PassageSearch(index.Analyze(question), take)).Hits;

    private static string Paragraph(int n) =>
        $"الفقرة رقم {n} تتناول الاقتصاد"
        + (n % 2 == 0 ? " والسياسة في المنطقة" : " في المدينة")
        + (n % 400 == 7 ? " بعد الزلزال الكبير" : string.Empty)
        + $" وتذكر الرمز ك{n}ب.";
}
