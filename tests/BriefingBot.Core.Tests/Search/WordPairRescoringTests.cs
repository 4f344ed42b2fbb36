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

    [Fact]
    public void A_word_in_two_pairs_counts_in_both()
    {
        // The same words in each passage; «كوريا» ends one question pair and starts the next. Each word's positions are
        // read once per hit and serve every pair it is in.
        var briefing = new BriefingParser().Parse(
            """
            قالت اليابان إن الجنوبية كوريا الشمالية تتفاوض بشأن المعاهدة والحدود البحرية الجديدة.

            قالت اليابان إن الجنوبية كوريا تتفاوض بشأن المعاهدة والحدود البحرية الشمالية الجديدة.

            قالت اليابان إن الجنوبية تتفاوض بشأن المعاهدة كوريا والحدود البحرية الجديدة الشمالية.
            """,
            new BriefingHeader(Id: "korea-three", Title: "كوريا", Date: new DateOnly(2026, 11, 24)));
        using var index = PassageIndex.InMemory(SearchTuning.Default);
        index.Rebuild([briefing], "test");

        var hits = Search(index, "الجنوبية كوريا الشمالية");

        Assert.True(Score(hits, "كوريا الشمالية تتفاوض") > Score(hits, "كوريا تتفاوض"));
        Assert.True(Score(hits, "كوريا تتفاوض") > Score(hits, "المعاهدة كوريا"));
    }

    [Fact]
    public void Pairs_are_found_in_every_segment_of_the_index()
    {
        // Two briefings committed one after the other: two segments, each hit's positions read in its own.
        using var index = PassageIndex.InMemory(SearchTuning.Default);
        index.Upsert(Korea, "test");
        index.Upsert(new BriefingParser().Parse(
            """
            تحدثت اليابان عن كوريا ثم عن المنطقة الشمالية من القارة في اللقاء.

            تحدثت اليابان عن كوريا الشمالية ثم عن المنطقة من القارة في اللقاء.
            """,
            new BriefingHeader(Id: "korea-later", Title: "كوريا", Date: new DateOnly(2026, 11, 25))), "test");

        var hits = index.Search(new PassageSearch(index.Analyze("ماذا عن كوريا الشمالية؟"), 5)).Hits;

        Assert.True(Score(hits, "روسيا عن كوريا الشمالية") > Score(hits, "روسيا عن كوريا ثم"));
        Assert.True(Score(hits, "اليابان عن كوريا الشمالية") > Score(hits, "اليابان عن كوريا ثم"));
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
