using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// The kind of answer a question asks for reorders the word search's best hits (<see cref="AnswerKindRescorer"/>), on a
/// real index: for «لماذا» a passage giving a cause passes a near tie without one, for «كم» a passage giving a number
/// does; a clearly better match keeps its place, and a question asking neither is ranked by its words alone.
/// </summary>
public sealed class AnswerKindRescorerTests
{
    private static IReadOnlyList<int> Ranking(SearchTuning tuning, string question, params string[] paragraphs)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Indexes.Briefing("b1", new DateOnly(2026, 11, 30), paragraphs)], "test");
        return index.Search(new PassageSearch(index.Analyze(question), 3)).Hits.Select(h => h.Passage.Ordinal).ToList();
    }

    // Both name the closure of the schools; the second (a little longer, so a little lower by words) says why.
    private static readonly string[] Schools =
    [
        "أغلقت السلطات المدارس في المدينة صباح اليوم، وطلبت من الأهالي إبقاء أطفالهم في البيوت.",
        "أغلقت السلطات المدارس في المدينة صباح اليوم بسبب العاصفة الرملية التي غطت الأحياء الشرقية.",
    ];

    [Fact]
    public void A_why_question_puts_the_passage_that_gives_a_cause_first()
    {
        Assert.Equal([1, 2], Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, "لماذا أغلقت المدارس؟", Schools));
        Assert.Equal([2, 1], Ranking(SearchTuning.Default, "لماذا أغلقت المدارس؟", Schools));
        Assert.Equal([2, 1], Ranking(SearchTuning.Default, "ليش سكروا المدارس؟ أغلقت", Schools));
    }

    [Fact]
    public void A_question_asking_the_reason_or_the_purpose_by_a_noun_or_a_verb_of_causing_puts_the_passage_that_gives_a_cause_first()
    {
        foreach (var question in new[] { "ما الهدف من غلق المدارس؟", "ما الذي دفع السلطات إلى غلق المدارس؟", "بماذا تفسر السلطات غلق المدارس؟" })
        {
            Assert.Equal([1, 2], Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, question, Schools));
            Assert.Equal([2, 1], Ranking(SearchTuning.Default, question, Schools));
        }
    }

    [Fact]
    public void A_when_question_with_a_future_verb_puts_the_passage_reporting_a_plan_or_an_expectation_first()
    {
        // Both name the old station; only the second says what is planned for it.
        string[] station =
        [
            "تعمل المحطة القديمة بالفحم وتزود المدينة بالكهرباء منذ عقود طويلة.",
            "وتعتزم الهيئة استبدال المحطة القديمة بمزرعة شمسية بحلول عام ألفين وثلاثين.",
        ];

        foreach (var question in new[] { "متى ستتوقف المحطة القديمة؟", "ما المتوقع للمحطة القديمة؟" })
        {
            Assert.True(Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, question, station)[0] == 1, question + " without");
            Assert.True(Ranking(SearchTuning.Default, question, station)[0] == 2, question);
        }

        // A time asked of what was done asks no forecast.
        using var analyzer = new BriefingBot.Core.Search.Analysis.BriefingAnalyzer();
        Assert.Null(new AnswerKindRescorer(analyzer, SearchTuning.Default).Markers("متى توقفت المحطة القديمة؟"));
    }

    [Fact]
    public void A_where_from_question_puts_the_passage_that_tells_where_the_thing_came_from_first()
    {
        // Both name the cows' arrival at the farm; only the second (a little longer) says where they were brought from.
        string[] cows =
        [
            "وصلت الأبقار إلى مزرعة الواحة في الشتاء وتعيش اليوم في حظائر مكيفة.",
            "وصلت الأبقار إلى مزرعة الواحة في الشتاء وقد جلبت من هولندا بطائرات الشحن.",
        ];

        foreach (var question in new[] { "من أين وصلت الأبقار إلى مزرعة الواحة؟", "منين وصلت الأبقار لمزرعة الواحة؟", "ومن وين وصلت الأبقار إلى مزرعة الواحة؟" })
        {
            Assert.True(Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, question, cows)[0] == 1, question + " without");
            Assert.True(Ranking(SearchTuning.Default, question, cows)[0] == 2, question);
        }

        // «أين» alone asks where a thing is, not where it came from.
        using var analyzer = new BriefingBot.Core.Search.Analysis.BriefingAnalyzer();
        Assert.NotNull(new AnswerKindRescorer(analyzer, SearchTuning.Default).Markers("من أين وصلت الأبقار؟"));
        Assert.Null(new AnswerKindRescorer(analyzer, SearchTuning.Default).Markers("أين تعيش الأبقار في مزرعة الواحة؟"));
    }

    [Fact]
    public void A_cause_named_further_on_in_a_what_question_asks_no_cause()
    {
        using var analyzer = new BriefingBot.Core.Search.Analysis.BriefingAnalyzer();
        var kinds = new AnswerKindRescorer(analyzer, SearchTuning.Default);

        Assert.Null(kinds.Markers("ما خسائر الاقتصاد بسبب الازدحام؟"));
        Assert.Null(kinds.Markers("ما الذي قاله الوزير عن السبب؟"));
        Assert.Equal(kinds.Markers("لماذا أغلقت المدارس؟")?.Markers, kinds.Markers("ما السبب في إغلاق المدارس؟")?.Markers);
    }

    [Fact]
    public void A_question_that_asks_no_cause_or_number_is_ranked_by_its_words_alone()
    {
        Assert.Equal(
            Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, "أغلقت المدارس", Schools),
            Ranking(SearchTuning.Default, "أغلقت المدارس", Schools));
    }

    [Fact]
    public void A_how_many_question_puts_the_passage_that_gives_a_number_first()
    {
        // The same words, as many of them: a tie by words, broken by the number.
        string[] workers =
        [
            "يشتكي كل عامل في الميناء من طول الوردية الليلية.",
            "يعمل نحو ثلاثة آلاف عامل في الميناء.",
        ];

        Assert.Equal([1, 2], Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, "كم عامل في الميناء؟", workers));
        Assert.Equal([2, 1], Ranking(SearchTuning.Default, "كم عامل في الميناء؟", workers));
    }

    [Fact]
    public void A_how_many_question_naming_a_measure_puts_the_number_with_its_unit_first()
    {
        // Both name the road with a number; only the second gives its length, in the unit a length is given in.
        string[] road =
        [
            "يوفر الطريق الصحراوي الجديد نحو ثلاثة آلاف وظيفة في المدن التي يمر بها.",
            "يمتد الطريق الصحراوي الجديد بين المدينتين مسافة ثلاثمئة كيلومتر عبر الرمال.",
        ];

        Assert.Equal([1, 2], Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, "كم طول الطريق الصحراوي؟", road));
        Assert.Equal([2, 1], Ranking(SearchTuning.Default, "كم طول الطريق الصحراوي؟", road));

        // A time asked of a trip: the hours, not another count.
        string[] trip =
        [
            "تنقل الرحلة بين المدينتين نحو ثلاثة آلاف مسافر في موسم الصيف الحار.",
            "تقطع الرحلة بين المدينتين في نحو خمس ساعات بدل يومين بالحافلة.",
        ];

        Assert.Equal([1, 2], Ranking(SearchTuning.Default with { AnswerKindWeight = 0 }, "كم تدوم الرحلة بين المدينتين؟", trip));
        Assert.Equal([2, 1], Ranking(SearchTuning.Default, "كم تدوم الرحلة بين المدينتين؟", trip));
    }

    [Fact]
    public void A_marker_with_a_glued_b_is_the_marker_as_written_not_the_bare_noun()
    {
        // «بسبب» and «بهدف» are indexed with their bare readings «سبب» and «هدف» beside them; as markers of a cause
        // only the connectives count, or every passage naming a goal would read as giving a cause.
        using var analyzer = new BriefingBot.Core.Search.Analysis.BriefingAnalyzer();

        Assert.Contains("هدف", AnalyzedTerms.Of(analyzer, ["بهدف"]));
        Assert.Equal(["بهدف"], AnalyzedTerms.Of(analyzer, ["بهدف"], wordsAsWritten: true));
    }

    [Fact]
    public void A_number_in_a_briefing_posted_after_a_how_many_question_was_asked_counts_and_one_taken_out_no_longer_does()
    {
        // The passages holding a number are read once per segment: a commit brings a segment they must be read from
        // anew, and a briefing replaced leaves its old passages deleted, never to be hits.
        using var index = PassageIndex.InMemory();
        index.Rebuild([Indexes.Briefing("b1", new DateOnly(2026, 11, 30), "يشتكي كل عامل في الميناء من طول الوردية الليلية.")], "test");
        var question = index.Analyze("كم عامل في الميناء؟");
        Assert.Single(index.Search(new PassageSearch(question, 3)).Hits);

        index.Upsert(Indexes.Briefing("b2", new DateOnly(2026, 11, 30), "يعمل نحو ثلاثة آلاف عامل في الميناء."), "test");
        Assert.Equal("b2", index.Search(new PassageSearch(question, 3)).Hits[0].Passage.BriefingId);

        index.Upsert(Indexes.Briefing("b2", new DateOnly(2026, 11, 30), "يشتكي كل عامل في الميناء من طول الوردية الليلية."), "test");
        index.Upsert(Indexes.Briefing("b3", new DateOnly(2026, 11, 30), "يعمل نحو ثلاثة آلاف عامل في الميناء."), "test");
        Assert.Equal("b3", index.Search(new PassageSearch(question, 3)).Hits[0].Passage.BriefingId);
    }

    [Fact]
    public void A_clearly_better_match_keeps_its_place()
    {
        string[] paragraphs =
        [
            "ارتفعت أسعار الخبز والأرز والزيت في أسواق العاصمة هذا الشهر.",
            "تراجعت حركة السياح بسبب الحر.",
        ];

        Assert.Equal(1, Ranking(SearchTuning.Default, "لماذا ارتفعت أسعار الخبز والأرز؟", paragraphs)[0]);
    }
}
