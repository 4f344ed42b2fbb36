using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question that (nearly) repeats a section heading is answered from that section (<see cref="SectionHeadingMatcher"/>),
/// on a real index: the heading's passages first, confidently, even where they never use the heading's words.
/// </summary>
public sealed class SectionHeadingQuestionTests : IDisposable
{
    // The section under «أوراق الضغط الروسية» never says «ضغط» or «أوراق»; the next section says both, and «الروسية».
    private static readonly Briefing Pressure = Indexes.Briefing(
        "2026-11-30-pressure",
        new DateOnly(2026, 11, 30),
        "تتابع العواصم الأوروبية بقلق تحركات الكرملين مع اقتراب الشتاء.",
        "## أوراق الضغط الروسية",
        "تتحكم موسكو في جزء كبير من إمدادات الغاز إلى أوروبا، وتستطيع خفضها متى شاءت.",
        "كما تمسك بمفاتيح تصدير الحبوب عبر البحر الأسود، وهو ما يقلق الدول المستوردة في أفريقيا.",
        "## العقوبات الغربية",
        "تزيد واشنطن الضغط على البنوك الروسية، ويرى دبلوماسيون أن أوراق موسكو تتآكل عامًا بعد عام.",
        "ويستعد الاتحاد الأوروبي لحزمة جديدة تستهدف شركات الشحن.");

    private static readonly DevSet.DevSet Set = DevSet.DevSet.Load();

    private readonly PassageIndex _index = Indexes.Of(Pressure);
    private readonly PassageIndex _devIndex = Indexes.Of([.. Set.Briefings]);

    public void Dispose()
    {
        _index.Dispose();
        _devIndex.Dispose();
    }

    private static Answer Ask(PassageIndex index, IEnumerable<Briefing> briefings, string question) =>
        Indexes.Answerer(index, null, [.. briefings]).Answer(new AnswerRequest(question));

    /// <summary>Asked over an index of these briefings alone, the question is answered with passages, the first under <paramref name="heading"/>.</summary>
    private static void HeadingComesFirst(string question, string heading, params Briefing[] briefings)
    {
        using var index = Indexes.Of(briefings);

        var answer = Ask(index, briefings, question);

        Assert.Equal(AnswerOutcome.Passages, answer.Outcome);
        Assert.Equal(heading, answer.Passages[0].Passage.Section);
    }

    [Theory]
    [InlineData("أوراق الضغط الروسية")]
    [InlineData("ما هي أوراق الضغط الروسية؟")]
    [InlineData("ما هي اوراق الضغط الروسيه")]
    [InlineData("أوراق روسيا للضغط؟")]
    public void A_question_repeating_a_heading_is_answered_confidently_from_that_section(string question)
    {
        var answer = Ask(_index, [Pressure], question);

        Assert.Equal(AnswerOutcome.Passages, answer.Outcome);
        Assert.Equal(["أوراق الضغط الروسية", "أوراق الضغط الروسية"], answer.Passages.Take(2).Select(p => p.Passage.Section));
    }

    [Theory]
    [InlineData("ماذا يقول الشارع؟")]
    [InlineData("ما هي ماذا يقول الشارع؟")]
    public void A_heading_asked_word_for_word_comes_before_a_shorter_one_holding_the_same_searched_words(string question)
    {
        // «ماذا» and «يقول» are not searched by, so both headings weigh only «الشارع»; the earlier briefing's section
        // also says «الشارع» more often, so the word search alone would put it first.
        var street = Indexes.Briefing(
            "2026-11-20-street",
            new DateOnly(2026, 11, 20),
            "رفعت الحكومة أسعار الخبز هذا الأسبوع.",
            "## في الشارع",
            "في الشارع يتحدث الناس عن الخبز، والشارع غاضب، ويقول أصحاب المحلات في الشارع إن البيع تراجع.");
        var asked = Indexes.Briefing(
            "2026-11-21-asked",
            new DateOnly(2026, 11, 21),
            "أعلن البنك المركزي خفض قيمة العملة.",
            "## ماذا يقول الشارع؟",
            "يرى موظفون وتجار أن الرواتب لم تعد تكفي، وتقول ربة منزل إن الأسعار تضاعفت في الشارع.");

        HeadingComesFirst(question, "ماذا يقول الشارع؟", street, asked);
    }

    [Theory]
    [InlineData("ما بعد الترميم")]
    [InlineData("ما هي ما بعد الترميم؟")]
    public void Of_two_headings_asked_word_for_word_the_longer_comes_first(string question)
    {
        // «ما» and «بعد» are not searched by, so both headings weigh only «الترميم», and the question holds both whole.
        var works = Indexes.Briefing(
            "2026-11-20-works",
            new DateOnly(2026, 11, 20),
            "بدأت أعمال الترميم في القلعة هذا الشهر.",
            "## الترميم",
            "يشمل الترميم الأسوار والأبراج، ويقول المهندسون إن الترميم سيستمر عامين.");
        var after = Indexes.Briefing(
            "2026-11-21-after",
            new DateOnly(2026, 11, 21),
            "انتهت أشغال القناة القديمة في الواحة.",
            "## ما بعد الترميم",
            "عاد الماء إلى البساتين، ويخشى المزارعون أن تهمل القناة بعد رحيل العمال.");

        HeadingComesFirst(question, "ما بعد الترميم", works, after);
    }

    [Fact]
    public void A_heading_is_found_whichever_segment_holds_it_beside_headings_holding_less_of_the_question()
    {
        // Committed one after the other: two segments. The first briefing's headings share a word or two with the
        // question and are passed over without reading their passages; the heading's words are read from each
        // segment's own postings.
        var earlier = Indexes.Briefing(
            "2026-11-29-gas",
            new DateOnly(2026, 11, 29),
            "## الضغط على الأسعار",
            "ترتفع أسعار الطاقة في الأسواق الأوروبية مع قدوم البرد.",
            "## الأوراق المالية الروسية",
            "تراجعت الأسهم في بورصة موسكو للأسبوع الثالث.");
        using var index = PassageIndex.InMemory();
        index.Upsert(earlier, "test");
        index.Upsert(Pressure, "test");

        var answer = Ask(index, [earlier, Pressure], "ما هي أوراق الضغط الروسية؟");

        Assert.Equal(AnswerOutcome.Passages, answer.Outcome);
        Assert.Equal(["أوراق الضغط الروسية", "أوراق الضغط الروسية"], answer.Passages.Take(2).Select(p => p.Passage.Section));
    }

    [Fact]
    public void Without_heading_matching_the_word_search_puts_the_other_section_first()
    {
        using var index = PassageIndex.InMemory(SearchTuning.Default with { HeadingQuestionShare = 2 });
        index.Rebuild([Pressure], "test");

        var hits = index.Search(new PassageSearch(index.Analyze("ما هي أوراق الضغط الروسية؟"), 3)).Hits;

        Assert.Equal("العقوبات الغربية", hits[0].Passage.Section);
    }

    [Fact]
    public void A_question_sharing_a_word_with_a_heading_is_ranked_by_its_words()
    {
        var hits = _index.Search(new PassageSearch(_index.Analyze("هل تزيد واشنطن الضغط على البنوك الروسية؟"), 3));

        Assert.False(hits.RepeatsHeading);
        Assert.Equal("العقوبات الغربية", hits.Hits[0].Passage.Section);
    }

    [Fact]
    public void A_heading_repeated_whole_comes_before_a_heading_with_a_word_more_that_the_word_search_prefers()
    {
        var lebanon = Indexes.Briefing(
            "2026-11-16-deposits",
            new DateOnly(2026, 11, 16),
            "## صندوق النقد يراقب",
            "قال رئيس بعثة صندوق النقد إن الصندوق يراقب المصارف اللبنانية، وإن الصندوق لن يقرض قبل الإصلاح.");
        var egypt = Indexes.Briefing(
            "2026-11-21-fuel",
            new DateOnly(2026, 11, 21),
            "## الصندوق يراقب",
            "رحبت المتحدثة بالخطوات التي اتخذتها الحكومة المصرية لرفع أسعار الوقود.");

        HeadingComesFirst("الصندوق يراقب", "الصندوق يراقب", lebanon, egypt);
    }

    [Fact]
    public void A_heading_in_the_questions_word_order_comes_before_the_same_words_turned_round()
    {
        var ferry = Indexes.Briefing(
            "2026-11-28-ferry",
            new DateOnly(2026, 11, 28),
            "## أسعار التذاكر",
            "يبلغ سعر المقعد في العبّارة خمسين دولارًا للراكب البالغ.");
        var railway = Indexes.Briefing(
            "2026-11-28-railway",
            new DateOnly(2026, 11, 28),
            "## التذاكر والأسعار",
            "تباع المقاعد في محطات القطار وعلى موقع الهيئة، وتبدأ من عشرين جنيهًا للرحلة والأسعار ثابتة طوال العام.");

        HeadingComesFirst("أسعار التذاكر", "أسعار التذاكر", ferry, railway);
    }

    [Fact]
    public void Every_heading_of_the_dev_briefings_asked_as_it_is_or_as_what_is_gets_its_section_first()
    {
        var headings = Set.Briefings.SelectMany(b => b.Passages).Where(p => p.Section is not null).Select(p => p.Section!).Distinct().ToList();
        Assert.True(headings.Count >= 25);

        // Every heading is asked before anything is asserted, so one run names all the headings that go astray.
        var astray = new List<string>();
        foreach (var heading in headings)
        {
            foreach (var question in new[] { heading, $"ما هي {heading}؟" })
            {
                var answer = Ask(_devIndex, Set.Briefings, question);
                // A heading that is its speaker's kunya («## أم العز» over her words) may be answered as a question about her:
                // her passages, first of them under that heading.
                if (!(answer.Outcome is AnswerOutcome.Passages or AnswerOutcome.SpeakerPassages && answer.Passages[0].Passage.Section == heading))
                {
                    astray.Add($"{question} → {answer.Outcome} {answer.Passages.FirstOrDefault()?.Passage.Section}");
                }
            }
        }

        Assert.Empty(astray);
    }

    [Theory]
    [InlineData("كيف سيكون الرد الأميركي؟", "الرد الأميركي المحتمل")]
    [InlineData("لماذا لا يصل التمويل؟", "تمويل لا يصل")]
    [InlineData("لماذا تقاطع المعارضة؟", "المعارضة تقاطع")]
    [InlineData("ماذا عن الخبز والوقود؟", "الخبز والوقود أولًا")]
    [InlineData("ما هي شروط القرض الجديد؟", "قرض جديد وشروط قديمة")]
    [InlineData("ليش الاهوار عم تختفي", "الأهوار تختفي")]
    [InlineData("حصص المصب وسدود المنبع", "سدود المنبع وحصص المصب")]
    public void A_lightly_reworded_heading_gets_its_section_first(string question, string heading)
    {
        var answer = Ask(_devIndex, Set.Briefings, question);

        Assert.Equal(AnswerOutcome.Passages, answer.Outcome);
        Assert.Equal(heading, answer.Passages[0].Passage.Section);
    }
}
