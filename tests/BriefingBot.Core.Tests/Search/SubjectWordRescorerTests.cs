using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question word that one briefing alone uses in several paragraphs names its subject (<see cref="SubjectWordRescorer"/>),
/// on a real index: that briefing's passage passes another briefing's that matches the question's other, rarer words;
/// a word said in one paragraph only names nothing, and the subject's passages keep their order among themselves.
/// </summary>
public sealed class SubjectWordRescorerTests
{
    /// <summary>Bees in three paragraphs of one briefing; spraying and crops said once in another, about vegetables.</summary>
    private static readonly Briefing[] Bees =
    [
        Indexes.Briefing(
            "honey", new DateOnly(2026, 12, 31),
            "ويربي أهل القرى النحل منذ مئات السنين في جذوع الأشجار.",
            "ويتنقل مربو النحل بخلاياهم بين السهول والجبال طوال السنة.",
            "وقالت الباحثة إن رش المبيدات نهارا يقتل النحل العائد إلى الخلية."),
        Indexes.Briefing(
            "vegetables", new DateOnly(2026, 12, 30),
            "ويشكو المزارعون في السهل الساحلي من غلاء الأسمدة والبذور المستوردة، ويقولون إن الرش اليدوي للمزروعات صار يكلفهم ضعف ما كان يكلفهم قبل عامين."),
        Indexes.Briefing(
            "water", new DateOnly(2026, 12, 29),
            "وتراجعت مياه النهر إلى أدنى مستوى لها منذ عقود.",
            "وتعتزم الحكومة بناء سد جديد على الوادي.",
            "وارتفعت أسعار الخبز في الأسواق الشعبية.",
            "ويطالب السكان بإصلاح شبكة الكهرباء قبل الصيف.",
            "وافتتحت الوزارة مدرسة جديدة في البلدة."),
    ];

    /// <summary>The defaults without the briefing that says a question word again (<see cref="SaidAgainRescorer"/>), which raises the bees' briefing too.</summary>
    private static readonly SearchTuning Alone = SearchTuning.Default with { SaidAgainWeight = 0 };

    private static List<string> Ranking(SearchTuning tuning, string question, Briefing[] briefings, SearchScope? scope = null)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(briefings, "test");
        return index.Search(new PassageSearch(index.Analyze(question), 5) { Scope = scope }).Hits.Select(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}").ToList();
    }

    [Fact]
    public void A_passage_of_the_briefing_whose_subject_the_question_names_passes_another_briefings_rarer_words()
    {
        // «النحل» is in three paragraphs of one briefing, so BM25 weighs it below «الرش» and «المزروعات», said once elsewhere.
        const string question = "كيف يضر رش المزروعات بالنحل؟";

        Assert.Equal("vegetables/1", Ranking(Alone with { SubjectWordWeight = 0 }, question, Bees)[0]);
        Assert.Equal("honey/3", Ranking(Alone, question, Bees)[0]);
    }

    [Fact]
    public void A_word_of_one_paragraph_names_no_subject()
    {
        // «النهر» is in one briefing but one paragraph only: the ranking is the word search's.
        const string question = "كيف يضر رش المزروعات بمياه النهر؟";

        Assert.Equal(
            Ranking(Alone with { SubjectWordWeight = 0 }, question, Bees),
            Ranking(Alone, question, Bees));
    }

    [Fact]
    public void The_subject_briefings_passages_keep_their_order_among_themselves()
    {
        const string question = "أين يربي أهل القرى النحل؟";

        var without = Ranking(Alone with { SubjectWordWeight = 0 }, question, Bees).Where(h => h.StartsWith("honey", StringComparison.Ordinal));
        var with = Ranking(Alone, question, Bees).Where(h => h.StartsWith("honey", StringComparison.Ordinal));
        Assert.Equal(without, with);
    }

    [Fact]
    public void Another_communitys_briefing_on_the_same_subject_does_not_keep_a_communitys_own_from_being_named()
    {
        // A second honey briefing, posted in another community, says «النحل» in three paragraphs too: over the whole index
        // the word is two briefings', but a member of the club sees only the club's and the shared ones.
        Briefing[] briefings =
        [
            Bees[0] with { Community = "club" },
            Bees[1],
            Bees[2],
            Indexes.Briefing(
                "other-honey", new DateOnly(2026, 12, 28),
                "وتراجع إنتاج العسل هذا العام بعد موت النحل في الوديان.",
                "ويقول النحالون إن النحل لم يجد ما يرعاه بعد الجفاف.",
                "وطالب المربون بتعويض عن خلايا النحل التي نفقت.") with { Community = "elsewhere" },
        ];
        const string question = "كيف يضر رش المزروعات بالنحل؟";

        Assert.Equal("honey/3", Ranking(Alone, question, briefings, new SearchScope("club"))[0]);
        Assert.Equal("vegetables/1", Ranking(Alone, question, briefings)[0]);
    }

    [Fact]
    public void Another_communitys_many_paragraphs_on_the_subject_do_not_keep_a_communitys_own_briefing_from_being_named()
    {
        // Another community's briefings say «النحل» in seventy paragraphs: over the whole index the word is in more passages
        // than any one briefing's subject word, but a member of the club sees only its own three and the shared briefings'.
        var elsewhere = Enumerable.Range(0, 7).Select(n => Hives(n) with { Community = "elsewhere" });
        Briefing[] briefings = [Bees[0] with { Community = "club" }, Bees[1], Bees[2], .. elsewhere];
        const string question = "كيف يضر رش المزروعات بالنحل؟";

        var named = Score(Alone, question, briefings, "honey/3");
        var unweighted = Score(Alone with { SubjectWordWeight = 0 }, question, briefings, "honey/3");
        Assert.Equal(1 + SearchTuning.Default.SubjectWordWeight, named / unweighted, 3);
    }

    /// <summary>Ten paragraphs on bees in the valleys of one region.</summary>
    private static Briefing Hives(int region) => Indexes.Briefing(
        $"hives-{region}", new DateOnly(2026, 12, 20 - region),
        [.. Enumerable.Range(1, 10).Select(i => $"وفي الوادي رقم {i} من المنطقة {region} يرعى النحل أزهار السدر والطلح طوال الموسم.")]);

    /// <summary>The score of one passage among a club member's hits.</summary>
    private static float Score(SearchTuning tuning, string question, Briefing[] briefings, string passage)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(briefings, "test");
        return index.Search(new PassageSearch(index.Analyze(question), 5) { Scope = new SearchScope("club") }).Hits
            .Single(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}" == passage).Score;
    }
}
