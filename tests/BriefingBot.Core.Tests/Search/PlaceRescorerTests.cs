using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A place the question names reorders the word search's best hits (<see cref="PlaceRescorer"/>), on a real index: a
/// passage about that place passes a near tie with one about another place, also when only another passage of its
/// briefing names the place, and one opening with the place passes one naming it on the way; a question naming no place
/// is ranked by its words alone.
/// </summary>
public sealed class PlaceRescorerTests
{
    private static readonly Briefing[] Metros =
    [
        Indexes.Briefing(
            "riyadh", new DateOnly(2026, 11, 30),
            "افتتحت الرياض المترو العام الماضي بعد سنوات من الأشغال.",
            "ويضم المترو خمسًا وثمانين محطة على ستة خطوط طويلة."),
        Indexes.Briefing(
            "dubai", new DateOnly(2026, 11, 29),
            "ويضم المترو في دبي سبعًا وخمسين محطة."),
    ];

    private static readonly Briefing[] Loans =
    [
        Indexes.Briefing(
            "tunisia", new DateOnly(2026, 11, 30),
            "وتعثرت المفاوضات مع صندوق النقد الدولي حول قرض بقيمة ملياري دولار هذا العام."),
        Indexes.Briefing(
            "egypt", new DateOnly(2026, 11, 29),
            "ووقعت الحكومة المصرية اتفاقًا جديدًا مع صندوق النقد الدولي بقيمة ثمانية مليارات دولار بعد أشهر من التفاوض."),
    ];

    private static List<string> Ranking(SearchTuning tuning, string question, Briefing[] briefings)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(briefings, "test");
        return index.Search(new PassageSearch(index.Analyze(question), 3)).Hits.Select(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}").ToList();
    }

    [Fact]
    public void A_passage_naming_the_place_by_its_adjective_passes_one_about_another_place()
    {
        const string question = "كم قيمة قرض صندوق النقد الدولي لمصر؟";

        Assert.Equal("tunisia/1", Ranking(SearchTuning.Default with { PlaceWeight = 0 }, question, Loans)[0]);
        Assert.Equal("egypt/1", Ranking(SearchTuning.Default, question, Loans)[0]);
    }

    [Fact]
    public void A_passage_of_a_briefing_about_the_place_passes_one_about_another_place()
    {
        // «ويضم المترو خمسًا وثمانين محطة» never says «الرياض»; the briefing's other passage does.
        const string question = "كم محطة يضم المترو في الرياض؟";

        // The Riyadh briefing also holds every question word the Dubai one holds, and more (HeldTogetherRescorer): off here.
        var alone = SearchTuning.Default with { HeldTogetherWeight = 0 };
        Assert.Equal("dubai/1", Ranking(alone with { PlaceWeight = 0 }, question, Metros)[0]);
        var ranking = Ranking(alone, question, Metros);
        Assert.True(ranking.IndexOf("riyadh/2") < ranking.IndexOf("dubai/1"), string.Join(", ", ranking));
    }

    [Fact]
    public void The_place_named_once_in_a_briefing_does_not_decide_between_its_passages()
    {
        // The first paragraph names the place; the second, about the same place and longer, holds the question's own
        // word «محافظ». Read alone, the rare place name outweighed it.
        Briefing[] banks =
        [
            Indexes.Briefing(
                "somalia", new DateOnly(2026, 11, 30),
                "أعلن البنك المركزي الصومالي طرح أوراق نقدية جديدة.",
                "وقال محافظ البنك المركزي في مؤتمر صحفي عقده في العاصمة يوم الأحد إن الطرح يبدأ في مارس المقبل بثلاث فئات جديدة."),
            Indexes.Briefing(
                "kenya", new DateOnly(2026, 11, 29),
                "ورفع البنك المركزي في نيروبي سعر الفائدة للمرة الثالثة هذا العام."),
        ];
        const string question = "من هو محافظ البنك المركزي الصومالي؟";

        // The shared words «البنك المركزي» scored at the average length also put the second first (SharedWordRescorer): off here.
        var alone = SearchTuning.Default with { SharedWordFlattening = 0 };
        Assert.Equal("somalia/1", Ranking(alone with { PlaceStandIn = 0 }, question, banks)[0]);
        Assert.Equal("somalia/2", Ranking(alone, question, banks)[0]);
    }

    [Fact]
    public void A_passage_opening_with_the_place_passes_one_naming_it_about_a_neighbour()
    {
        // Both name «سوريا» and hold the question's words; in the second it is the neighbour the answer names.
        Briefing[] borders =
        [
            Indexes.Briefing(
                "syria", new DateOnly(2026, 11, 30),
                "سوريا دولة عربية تحدها من الشمال تركيا ومن الشرق العراق ومن الجنوب الأردن."),
            Indexes.Briefing(
                "lebanon", new DateOnly(2026, 11, 29),
                "لبنان دولة عربية صغيرة تحدها سوريا من الشمال والشرق."),
        ];
        const string question = "ما الدولة التي تحد سوريا من الشمال؟";

        Assert.Equal("lebanon/1", Ranking(SearchTuning.Default with { PlaceOpening = 0 }, question, borders)[0]);
        Assert.Equal("syria/1", Ranking(SearchTuning.Default, question, borders)[0]);
    }

    [Fact]
    public void A_question_that_names_no_place_is_ranked_by_its_words_alone()
    {
        const string question = "كم محطة يضم المترو؟";

        Assert.Equal(
            Ranking(SearchTuning.Default with { PlaceWeight = 0 }, question, Metros),
            Ranking(SearchTuning.Default, question, Metros));
    }
}
