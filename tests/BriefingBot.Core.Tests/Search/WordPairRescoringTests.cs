using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

public sealed class WordPairRescoringTests
{
    // The same words in every passage, the same length: only whether «كوريا» and «الشمالية» stand together differs.
    private static readonly Briefing Korea = new BriefingParser().Parse(
        """
        تحدثت روسيا عن كوريا ثم عن المنطقة الشمالية من القارة في الاجتماع الأخير.

        تحدثت روسيا عن كوريا الشمالية ثم عن المنطقة من القارة في الاجتماع الأخير.

        تحدثت روسيا عن كوريا وعن الشمالية ثم عن المنطقة من القارة في الاجتماع الأخير.
        """,
        new BriefingHeader(Id: "korea", Title: "كوريا", Date: new DateOnly(2026, 11, 24)));

    [Fact]
    public void Stop_words_between_the_two_words_do_not_part_them()
    {
        using var index = Index(SearchTuning.Default);

        // «وعن» is a stop word after its prefix is stripped: the words stand together as far as the analyser is
        // concerned, as the pair of neighbouring question words ignores stop words too.
        var hits = Search(index, "كوريا عن الشمالية");

        Assert.True(Score(hits, "كوريا وعن الشمالية") > Score(hits, "عن كوريا ثم"));
    }

    [Fact]
    public void Without_pairs_the_two_passages_score_alike()
    {
        using var index = Index(SearchTuning.Default with { PairBoost = 0 });

        var hits = Search(index, "ماذا عن كوريا الشمالية؟");

        Assert.Equal(Score(hits, "عن كوريا ثم"), Score(hits, "عن كوريا الشمالية"), precision: 4);
    }

    [Fact]
    public void With_pairs_the_passage_saying_them_together_scores_higher()
    {
        using var index = Index(SearchTuning.Default);

        var hits = Search(index, "ماذا عن كوريا الشمالية؟");

        Assert.True(Score(hits, "عن كوريا الشمالية") > Score(hits, "عن كوريا ثم"));
    }

    private static float Score(IReadOnlyList<PassageHit> hits, string words) =>
        hits.Single(h => h.Passage.Text.Contains(words, StringComparison.Ordinal)).Score;

    private static PassageIndex Index(SearchTuning tuning)
    {
        var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Korea], "test");
        return index;
    }

    private static IReadOnlyList<PassageHit> Search(PassageIndex index, string question) =>
        index.Search(new PassageSearch(index.Analyze(question), 3)).Hits;
}
