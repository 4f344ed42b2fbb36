using BriefingBot.Core.Search;
using BriefingBot.Core.Search.Analysis;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>The concept lexicon (<see cref="ConceptLexicon"/>) and its rescoring of the word search's best hits, on a real index.</summary>
public sealed class ConceptLexiconTests : IDisposable
{
    private readonly BriefingAnalyzer _analyzer = new();
    private readonly PassageIndex _questions = PassageIndex.InMemory();

    public void Dispose()
    {
        _analyzer.Dispose();
        _questions.Dispose();
    }

    [Fact]
    public void The_shipped_lexicon_loads_and_knows_capitals_demonyms_and_seats_of_power()
    {
        var lexicon = ConceptLexicon.Load(_analyzer);

        Assert.True(lexicon.GroupCount >= 50);
        var washington = lexicon.Expand(_questions.Analyze("كيف سترد أمريكا؟")).SelectMany(e => e.Words).ToList();
        Assert.Contains(_questions.Analyze("واشنطن").Terms[0], washington);
        var carthage = lexicon.Expand(_questions.Analyze("شو رد قرطاج؟")).SelectMany(e => e.Words).ToList();
        Assert.Contains(_questions.Analyze("الرئاسة").Terms[0], carthage);
    }

    [Theory]
    [InlineData("قديش بيبعتوا مصاري؟", "الأموال")]
    [InlineData("ما مطالب المتظاهرين؟", "الاحتجاجات")]
    [InlineData("كم رواتب المعلمين؟", "الأجور")]
    [InlineData("كيف تخفى حالات الموت؟", "الوفيات")]
    [InlineData("هل المشروع مربح؟", "الجدوى")]
    [InlineData("أين مراكز التصليح؟", "الصيانة")]
    public void A_readers_everyday_word_stands_for_the_word_news_writing_uses(string question, string newsWord)
    {
        var lexicon = ConceptLexicon.Load(_analyzer);

        var words = lexicon.Expand(_questions.Analyze(question)).SelectMany(e => e.Words).ToList();

        Assert.Contains(_questions.Analyze(newsWord).Terms[0], words);
    }

    [Theory]
    [InlineData("كم مرسى في الميناء؟", "الأرصفة")]
    [InlineData("لماذا تنتظر البواخر طويلا؟", "السفن")]
    [InlineData("من يبني المرفأ؟", "الميناء")]
    [InlineData("كم ستكلف الخطة؟", "الكلفة")]
    [InlineData("كم ستدوم السفرة؟", "تستغرق")]
    [InlineData("لماذا يشك الخبراء في الموعد؟", "الشكوك")]
    [InlineData("هل تأخرت مصر عن الدفع للمقرضين؟", "دائنيها")]
    [InlineData("لماذا يقلق الممولون؟", "المخاوف")]
    [InlineData("من هاجم المقاتلون؟", "المسلحين")]
    [InlineData("هل وقعت مواجهات بين العشائر؟", "اشتباكات")]
    [InlineData("من سيدفع الكلفة؟", "تتكفل")]
    [InlineData("كم قارب لدى خفر السواحل؟", "زوارق")]
    [InlineData("ماذا خسر القرويون؟", "فقدوا")]
    [InlineData("كم عاطلا بين حملة الشهادات؟", "الخريجين")]
    [InlineData("لماذا أجوبة الروبوتات ضعيفة؟", "إجابات")]
    [InlineData("ما خطر الأساطيل الأجنبية؟", "السفن")]
    [InlineData("ما برنامج النهوض بالقطاع؟", "إنعاش")]
    [InlineData("كم سعر البرميل؟", "النفط")]
    [InlineData("كم عاملا في مصانع الأدوية؟", "الدوائية")]
    [InlineData("ليش السواقين زعلانين؟", "السائقين")]
    [InlineData("كم ستجمع الدولة من الضريبة؟ وما حصيلتها؟", "الإيرادات")]
    [InlineData("ما الذي يؤخر نزع ملكية الأراضي؟", "الاستملاك")]
    public void A_readers_word_for_ports_ships_costs_time_and_doubt_stands_for_the_word_news_writing_uses(string question, string newsWord)
    {
        var lexicon = ConceptLexicon.Load(_analyzer);

        var words = lexicon.Expand(_questions.Analyze(question)).SelectMany(e => e.Words).ToList();

        Assert.Contains(_questions.Analyze(newsWord).Terms[0], words);
    }

    [Theory]
    [InlineData("هل تقاوم البيوت الهزات؟", "الزلزال")]
    [InlineData("كم رصدت الحكومة لإعادة البناء؟", "الإعمار")]
    [InlineData("كم مؤسسة تعليمية تضررت؟", "المدارس")]
    [InlineData("كم عدد الدواوير المتضررة؟", "القرى")]
    [InlineData("من ينتظر المعونة؟", "المساعدات")]
    [InlineData("شحال من ديور طاحت؟", "المنازل")]
    public void A_readers_word_for_a_disaster_and_what_is_rebuilt_after_it_stands_for_the_word_news_writing_uses(string question, string newsWord)
    {
        var lexicon = ConceptLexicon.Load(_analyzer);

        var words = lexicon.Expand(_questions.Analyze(question)).SelectMany(e => e.Words).ToList();

        Assert.Contains(_questions.Analyze(newsWord).Terms[0], words);
    }

    [Theory]
    [InlineData("لماذا تلجأ الأسر إلى الاستدانة؟", "الاقتراض")]
    [InlineData("كم قيمة السلفة؟", "القرض")]
    [InlineData("كم يدفع من يستأجر شقة؟", "الإيجار")]
    [InlineData("متى تحصل الأسرة على مسكن؟", "البيت")]
    [InlineData("مما يحذر الخبراء؟", "المخاطر")]
    [InlineData("هل الإحصاءات الرسمية دقيقة؟", "الأرقام")]
    public void A_readers_word_for_borrowing_renting_a_dwelling_a_warning_and_figures_stands_for_the_word_news_writing_uses(string question, string newsWord)
    {
        var lexicon = ConceptLexicon.Load(_analyzer);

        var words = lexicon.Expand(_questions.Analyze(question)).SelectMany(e => e.Words).ToList();

        Assert.Contains(_questions.Analyze(newsWord).Terms[0], words);
    }

    [Theory]
    [InlineData("كم امرأة تعمل في الشركات؟", "النساء")]
    [InlineData("ما نسبة النساء بين المديرين؟", "المرأة")]
    [InlineData("متى تخطت النسبة الثلاثين في المئة؟", "تجاوزت")]
    [InlineData("كم تتقاضى الموظفة شهريًا؟", "الأجر")]
    [InlineData("هل الشركات مجبرة على توفير حضانة؟", "يلزم")]
    [InlineData("كيف تسجل الشركات موظفيها؟", "المنشآت")]
    [InlineData("لماذا سيتباطأ النمو؟", "بطء")]
    [InlineData("في أي مجالات تعمل النساء؟", "القطاعات")]
    public void A_readers_word_for_women_at_work_employers_and_their_duties_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("لماذا يعاني المزارعون؟", "يواجه")]
    [InlineData("ما العقبات أمام المشروع؟", "يعيق")]
    [InlineData("ماذا تلقى المتضررون؟", "نال")]
    [InlineData("ماذا اقترح الخبير؟", "مقترحات")]
    [InlineData("لماذا غادر الأطباء البلاد؟", "ترك")]
    [InlineData("كم وجبة تأكل الأسرة؟", "الغذاء")]
    [InlineData("لماذا يحتج السكان؟", "الاحتجاجات")]
    [InlineData("كم يصرف الموظف على سيارته؟", "الكلفة")]
    [InlineData("كم سائحا زار المدينة؟", "السياح")]
    public void A_readers_word_for_hardship_obstacles_receiving_proposing_leaving_eating_and_spending_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("متى تبدأ قطافة التمر؟", "الجني")]
    [InlineData("لماذا يبيعون المحصول للسماسرة؟", "الوسطاء")]
    [InlineData("هل جفت العيون القديمة؟", "الينابيع")]
    [InlineData("أين أكبر معمل في البلاد؟", "المصنع")]
    [InlineData("ما خطر الآبار غير المرخصة؟", "البئر")]
    [InlineData("هل نضبت العيون؟", "جفت")]
    [InlineData("كم شتلة ستوزع؟", "الفسائل")]
    [InlineData("لماذا تنهار المصاطب؟", "المدرجات")]
    [InlineData("أين يتم تعليب التمر؟", "التوضيب")]
    [InlineData("لماذا يبيعون بثمن زهيد؟", "منخفضة")]
    [InlineData("ماذا يشتري اليابانيون؟", "اليابان")]
    [InlineData("ماذا يشتري الزبائن الآسيويون؟", "آسيا")]
    [InlineData("كم طنا من القهوة باعت البلاد؟", "البن")]
    [InlineData("كم ناديا في الدوري؟", "الأندية")]
    [InlineData("لماذا يضرب الأساتذة؟", "الإضراب")]
    [InlineData("كم طنا من القمامة جمعت البلدية؟", "النفايات")]
    [InlineData("كم متفرجا حضر المباراة؟", "الجمهور")]
    [InlineData("كم يوما تمكث الحاويات في الميناء؟", "تبقى")]
    [InlineData("ليش المي مقطوعة؟", "المياه")]
    public void A_readers_word_for_harvest_go_betweens_springs_wells_and_works_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("لماذا تتأخر الشاحنات على الحدود؟", "المعابر")]
    [InlineData("من أين تسقى البساتين؟", "الري")]
    [InlineData("كم يبقى المحصول في مخازن التبريد؟", "البرادات")]
    [InlineData("هل يغطي السعر تكاليف الأسمدة؟", "السماد")]
    [InlineData("هل يغطي السعر تكاليف الأسمدة؟", "الكلفة")]
    [InlineData("كم ستوزع الحكومة من الغرسات؟", "الشتلات")]
    [InlineData("من أين تسقى بساتين الجبال؟", "المرتفعات")]
    [InlineData("ما أسعار الثمار في السوق؟", "الفاكهة")]
    [InlineData("متى يقام العيد السنوي؟", "المهرجان")]
    [InlineData("ما مساحة الحقول؟", "هكتار")]
    [InlineData("لماذا ضعف تزهير الأشجار؟", "الإزهار")]
    [InlineData("كم يأخذ العامل في اليوم؟", "العمال")]
    [InlineData("كيف يؤثر دفء الشتاء؟", "الحرارة")]
    public void A_readers_word_for_borders_watering_cold_stores_orchards_and_farm_hands_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("كم يستهلك القارب من الوقود؟", "الغازوال")]
    [InlineData("كم يستهلك المولد من المازوت؟", "المحروقات")]
    [InlineData("ماذا تفرض الحكومة على مصانع الطحين؟", "الدقيق")]
    [InlineData("ماذا تفرض الحكومة على المصانع؟", "تلزم")]
    [InlineData("كم ثمن العلبة في الدكاكين؟", "المتاجر")]
    [InlineData("كم ثمن العلبة في السوبرماركت؟", "المحلات")]
    [InlineData("قديش بيقبض العامل؟", "يتقاضى")]
    [InlineData("من أين تأتي العملة الصعبة؟", "النقد الأجنبي")]
    [InlineData("هل لدى العاملات تأمين صحي؟", "التغطية الصحية")]
    [InlineData("لماذا توقفت الرحلات بسبب الطقس؟", "الأحوال الجوية")]
    [InlineData("كم شخصا ركب البالونات؟", "المناطيد")]
    [InlineData("أين صنع الطوب الجديد؟", "الآجر")]
    [InlineData("لماذا تتآكل الشواطئ؟", "الانجراف")]
    public void A_readers_word_for_fuel_flour_shops_pay_hard_currency_cover_weather_balloons_bricks_and_erosion_stands_for_the_word_news_writing_uses(string question, string newsWord)
    {
        var news = _questions.Analyze(newsWord);

        var expansions = ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question));

        // A news phrase stands in as its word pair, a single word as its term.
        Assert.Contains(news.Pairs.Count > 0 ? news.Pairs[0] : news.Terms[0], expansions.SelectMany(e => e.Words.Concat(e.Pairs)));
    }

    [Theory]
    [InlineData("كم يدوم الموسم؟", "يستمر")]
    [InlineData("ما نصيحة الخبراء للمزارعين؟", "أوصت")]
    [InlineData("لماذا عزف الناخبون؟", "المقاطعة")]
    [InlineData("بكم يباع الكيلوغرام؟", "المبيعات")]
    [InlineData("هل تفقد الوردة عطرها؟", "رائحتها")]
    [InlineData("كيف يضر الصقيع بالأشجار؟", "البرد")]
    [InlineData("هل يوجد تأهيل للشباب؟", "تدريب")]
    public void A_readers_word_for_lasting_advice_abstaining_selling_scent_frost_and_training_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("كيف تضمن نوعية المنتج؟", "الجودة")]
    [InlineData("هل في السوق عسل مزيف؟", "المغشوش")]
    [InlineData("هل يناسب أصحاب الجلد الحساس؟", "البشرة")]
    [InlineData("كم سعر تنكة الزيت؟", "الصفيحة")]
    [InlineData("من أين تأتي المواد الخام؟", "المكونات")]
    [InlineData("كم ورشة أغلقت؟", "المشاغل")]
    [InlineData("ماذا اشترطت الحكومة؟", "الشروط")]
    public void A_readers_word_for_quality_fakes_skin_tins_materials_workshops_and_conditions_stands_for_the_word_news_writing_uses(string question, string newsWord)
    {
        var news = _questions.Analyze(newsWord);

        var expansions = ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question));

        Assert.Contains(news.Pairs.Count > 0 ? news.Pairs[0] : news.Terms[0], expansions.SelectMany(e => e.Words.Concat(e.Pairs)));
    }

    [Theory]
    [InlineData("كم بلغت غلة القمح؟", "المحصول")]
    [InlineData("كم فخا وزعت الوزارة؟", "مصيدة")]
    [InlineData("ما الحشرة التي تضر بالنخيل؟", "الآفات")]
    [InlineData("كم كيلوغراما تحمل العلبة؟", "الكرتونة")]
    public void A_readers_word_for_a_crops_yield_traps_pests_and_boxes_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("كم راكبا نقل الباص هذه السنة؟", "العام")]
    [InlineData("كم طنا تنتج المنطقة كل عام؟", "السنوي")]
    [InlineData("كم تحتاج المغاسل من الماء سنويا؟", "السنة")]
    public void A_readers_word_for_the_year_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("بكم يباع كيلو العسل؟", "الكيلوغرام")]
    [InlineData("كم يجني السوريون من تصدير الصابون؟", "صادرات")]
    [InlineData("بكم صدرت دمياط موبيليا؟", "الأثاث")]
    [InlineData("ما الدول التي تشتري الزرابي؟", "الزربية")]
    [InlineData("إلى أين يذهب مربو النحل في الشتاء؟", "النحالون")]
    public void A_readers_word_for_a_weight_exports_furniture_carpets_and_beekeepers_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Theory]
    [InlineData("كم ياخذ الحارس في الشهر؟", "يتقاضى")]
    [InlineData("بكم تأخذ الممرضة عن الليلة؟", "يتقاضون")]
    [InlineData("قديش بياخد المعلم على الحصة؟", "يتقاضى")]
    [InlineData("وين بيدرسوا ولاد الصياد؟", "أبناء")]
    public void A_readers_word_for_what_a_worker_is_paid_and_for_children_stands_for_the_word_news_writing_uses(string question, string newsWord) =>
        Assert.Contains(_questions.Analyze(newsWord).Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze(question)).SelectMany(e => e.Words));

    [Fact]
    public void A_wage_asked_by_its_noun_does_not_draw_any_taking() =>
        Assert.DoesNotContain(_questions.Analyze("يأخذ").Terms[0], ConceptLexicon.Load(_analyzer).Expand(_questions.Analyze("كم يبلغ الراتب الشهري للحارس؟")).SelectMany(e => e.Words));

    [Theory]
    [InlineData("لماذا هبطت أسعار الزيت؟", "تراجع")]
    [InlineData("هل يتراجع الإنتاج؟", "انخفاض")]
    [InlineData("كم قفزت الأسعار؟", "ارتفعت")]
    public void A_rise_or_fall_asked_in_another_person_or_tense_meets_the_verb_news_writing_uses(string question, string newsWord)
    {
        var lexicon = ConceptLexicon.Load(_analyzer);

        var words = lexicon.Expand(_questions.Analyze(question)).SelectMany(e => e.Words).ToList();

        Assert.Contains(_questions.Analyze(newsWord).Terms[0], words);
    }

    [Fact]
    public void A_phrase_entry_is_named_by_its_words_side_by_side_and_expands_to_the_others()
    {
        var lexicon = ConceptLexicon.Parse("# a comment\nكوريا الشمالية، بيونغ يانغ، الكوري الشمالي\n", _analyzer);

        var expansion = Assert.Single(lexicon.Expand(_questions.Analyze("ماذا تريد كوريا الشمالية؟")));

        Assert.Equal(_questions.Analyze("كوريا الشمالية").Pairs, expansion.OwnPairs);
        Assert.Contains(_questions.Analyze("بيونغ يانغ").Pairs[0], expansion.Pairs);
        Assert.Empty(lexicon.Expand(_questions.Analyze("الشمالية في كوريا")));
    }

    [Fact]
    public void A_question_gets_the_other_entries_of_its_group_but_not_its_own_words()
    {
        var lexicon = ConceptLexicon.Parse("روسيا، موسكو، الروسي\n", _analyzer);

        var expansion = Assert.Single(lexicon.Expand(_questions.Analyze("ماذا تريد روسيا من الروس؟")));

        Assert.Equal([_questions.Analyze("موسكو").Terms[0]], expansion.Words);
        Assert.Empty(lexicon.Expand(_questions.Analyze("ماذا تريد الصين؟")));
    }

    // Every passage says «ترد»; only the second names Washington, only the third America itself.
    private static readonly string[] Paragraphs = ["ترد الصين بحذر على التقارب الجديد.", "ترد واشنطن بتشديد العقوبات على الشركات.", "ترد أمريكا بتشديد العقوبات على الشركات."];

    private static IReadOnlyList<int> Ranking(SearchTuning tuning, params string[] paragraphs)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Indexes.Briefing("b1", new DateOnly(2026, 11, 30), paragraphs)], "test");
        return index.Search(new PassageSearch(index.Analyze("كيف سترد أمريكا؟"), 3)).Hits.Select(h => h.Passage.Ordinal).ToList();
    }

    [Fact]
    public void A_passage_naming_the_capital_of_the_country_asked_about_ranks_above_one_that_names_neither()
    {
        Assert.Equal([1, 2], Ranking(SearchTuning.Default with { ConceptWeight = 0 }, Paragraphs[..2]));
        Assert.Equal([2, 1], Ranking(SearchTuning.Default, Paragraphs[..2]));
    }

    [Fact]
    public void A_literal_match_still_ranks_above_the_concept_that_stands_in_for_it() =>
        Assert.Equal([3, 2, 1], Ranking(SearchTuning.Default, Paragraphs));
}
