using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The answer checks as specifications, over a real index of a small economy briefing: questions made of the briefing's
/// own words that it does not answer are declined, fair questions it answers are kept.
/// </summary>
public sealed class AnswerCheckTests : IDisposable
{
    private static readonly Briefing Economy = Indexes.Briefing(
        "2026-11-24-economy",
        new DateOnly(2026, 11, 24),
        "وقّعت مصر اتفاقًا جديدًا مع صندوق النقد الدولي بقيمة ثمانية مليارات دولار، وتلتزم الحكومة في المقابل بخفض الدعم تدريجيًا.",
        "تعتمد مصر على أربعة مصادر رئيسية للعملة الصعبة: تحويلات العاملين والسياحة والصادرات وإيرادات قناة السويس.",
        "يعيش سكان الأرياف أوضاعًا صعبة مع ارتفاع الأسعار، ويقول المزارعون إن تكاليف الأسمدة تضاعفت.",
        "أنفقت الدولة مبالغ ضخمة على الطرق والجسور، وفي مقدمتها العاصمة الإدارية الجديدة شرق القاهرة.",
        "أغلقت المصارف أبوابها مساء الأحد بعد يوم هادئ في سوق الصرف.");

    private readonly PassageIndex _index = Indexes.Of(Economy);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question, PassageIndex? index = null, params Briefing[] briefings) =>
        Indexes.Answerer(index ?? _index, null, briefings.Length > 0 ? briefings : [Economy]).Answer(new AnswerRequest(question));

    [Fact]
    public void A_population_question_is_declined_when_no_passage_gives_the_population_of_that_place()
    {
        var answer = Ask("كم عدد سكان مصر؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.AttributeNotOfSubject, answer.Declined);
    }

    [Fact]
    public void A_population_question_is_answered_when_a_passage_gives_it()
    {
        var census = Indexes.Briefing("2026-11-25-census", new DateOnly(2026, 11, 25), "أعلن جهاز الإحصاء أن عدد سكان مصر تجاوز مئة وستة ملايين نسمة في الداخل.");
        using var index = Indexes.Of(Economy, census);

        var answer = Ask("كم عدد سكان مصر؟", index, Economy, census);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Equal(census.Id, answer.Passages[0].Passage.BriefingId);
    }

    [Fact]
    public void An_area_is_answered_by_a_number_in_hectares_and_not_by_a_passage_without_one()
    {
        var fires = Indexes.Briefing(
            "2026-11-29-fires",
            new DateOnly(2026, 11, 29),
            "التهمت الحرائق في شمال الجزائر نحو خمسة وأربعين ألف هكتار من الغابات هذا الصيف.",
            "تقول مساحة الحوار في الجزائر إن الغابات تحتاج إلى حماية أفضل.");
        using var index = Indexes.Of(Economy, fires);

        var burnt = Ask("كم مساحة الغابات التي احترقت في الجزائر؟", index, Economy, fires);
        var egypt = Ask("كم مساحة مصر؟", index, Economy, fires);

        Assert.True(burnt.Answered, burnt.Declined?.ToString());
        Assert.Contains(burnt.Passages, p => p.Passage.Text.StartsWith("التهمت الحرائق", StringComparison.Ordinal));
        Assert.Equal(AnswerOutcome.NothingRelevant, egypt.Outcome);
    }

    [Fact]
    public void A_how_many_question_is_answered_by_the_passage_further_down_that_gives_the_number()
    {
        var cup = Indexes.Briefing(
            "2026-11-23-cup",
            new DateOnly(2026, 11, 23),
            "ينفق المغرب بسخاء على البطولة، ويقول المنظمون إن البطولة فرصة للمغرب كله.",
            "يرى المنتقدون أن المغرب ينفق على البطولة ما يحتاجه التعليم، وأن البطولة ليست أولوية.",
            "تعد الحكومة بأن ما ينفقه المغرب على البطولة سيعود على السياح والمدن.",
            "وتقدر كلفة مشاريع المغرب بخمسة عشر مليار دولار بين ملاعب وطرق.");
        using var index = Indexes.Of(cup);

        var answer = Ask("كم سينفق المغرب على البطولة؟", index, cup);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتقدر كلفة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_about_who_holds_an_office_is_declined_when_no_passage_names_that_office_of_the_subject()
    {
        var answer = Ask("من هو وزير المالية المصري؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.AttributeUnknown, answer.Declined);
    }

    [Fact]
    public void A_question_about_who_holds_an_office_is_answered_where_a_passage_names_the_office_with_its_subject()
    {
        var cabinet = Indexes.Briefing("2026-11-25-cabinet", new DateOnly(2026, 11, 25), "أدى وزير المالية المصري الجديد اليمين أمام الرئيس صباح الاثنين في القاهرة.");
        using var index = Indexes.Of(Economy, cabinet);

        var answer = Ask("من هو وزير المالية المصري؟", index, Economy, cabinet);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Equal(cabinet.Id, answer.Passages[0].Passage.BriefingId);
    }

    [Fact]
    public void A_question_of_what_should_be_done_with_a_verb_no_briefing_uses_is_advice()
    {
        var answer = Ask("كم ساعة يجب أن ينام المزارعون في اليوم؟");

        Assert.Equal(DeclineReason.Advice, answer.Declined);
    }

    [Fact]
    public void A_capital_question_is_declined_when_the_passage_speaks_of_another_capital()
    {
        var answer = Ask("ما هي عاصمة مصر؟");

        Assert.Equal(DeclineReason.AttributeNotOfSubject, answer.Declined);
    }

    [Fact]
    public void A_word_of_the_same_root_elsewhere_in_the_passage_is_not_the_attribute_of_the_subject()
    {
        // «مصر على أربعة مصادر رئيسية»: both words are there, neither is said of the other.
        var answer = Ask("من هو رئيس مصر؟");

        Assert.Equal(DeclineReason.AttributeNotOfSubject, answer.Declined);
    }

    [Fact]
    public void An_attribute_the_briefings_never_use_declines_the_question()
    {
        var answer = Ask("متى تأسس صندوق النقد الدولي؟");

        Assert.Equal(DeclineReason.AttributeUnknown, answer.Declined);
    }

    [Fact]
    public void A_superlative_is_asked_of_its_subject_like_an_attribute()
    {
        var answer = Ask("ما أفضل فندق في القاهرة؟");

        Assert.Equal(DeclineReason.AttributeUnknown, answer.Declined);
    }

    [Fact]
    public void A_question_about_a_place_no_briefing_mentions_is_declined()
    {
        var answer = Ask("ما آخر أخبار الصادرات في فرنسا؟");

        Assert.Equal(DeclineReason.UnknownPlace, answer.Declined);
    }

    [Fact]
    public void A_place_written_with_a_preposition_is_known_when_the_briefings_name_it()
    {
        var answer = Ask("ليش ارتفعت الأسعار بمصر");

        Assert.NotEqual(DeclineReason.UnknownPlace, answer.Declined);
    }

    [Fact]
    public void A_how_many_paraphrase_with_a_number_in_the_passage_is_kept()
    {
        var answer = Ask("كم مليارا ستحصل مصر من الصندوق؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains("ثمانية مليارات", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_when_question_is_kept_when_a_passage_gives_a_time()
    {
        var answer = Ask("متى أغلقت المصارف؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains("مساء الأحد", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_when_question_is_declined_when_no_passage_gives_a_date()
    {
        var answer = Ask("متى تعتمد مصر على السياحة؟");

        Assert.Equal(DeclineReason.NoTime, answer.Declined);
    }

    [Fact]
    public void Todays_price_is_declined_when_no_passage_speaks_of_today()
    {
        var answer = Ask("كم سعر الدولار اليوم؟");

        Assert.Equal(DeclineReason.NotLive, answer.Declined);
    }

    [Fact]
    public void A_request_for_advice_in_the_first_person_is_declined()
    {
        var answer = Ask("كيف أستثمر في السياحة؟");

        Assert.Equal(DeclineReason.Advice, answer.Declined);
    }

    [Fact]
    public void A_past_tense_verb_after_how_is_no_request_for_advice()
    {
        var answer = Ask("كيف أثرت الأسعار على المزارعين؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_definition_question_is_declined_when_no_passage_names_what_it_asks_to_define()
    {
        var answer = Ask("ما هي السياحة البيئية؟");

        Assert.Equal(DeclineReason.NotDefined, answer.Declined);
    }

    [Fact]
    public void A_what_is_question_about_a_thing_in_a_state_is_answered_where_the_briefing_tells_it_by_a_verb()
    {
        var oil = Indexes.Briefing(
            "2026-12-01-oil",
            new DateOnly(2026, 12, 1),
            "أعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في حقلي الشرارة والفيل بعد أن أوقف محتجون الضخ من الحقول.",
            "وترى المحللة أن الحل يمر عبر اتفاق على آلية شفافة لتوزيع الإيرادات تشرف عليها جهة محايدة.");
        using var index = Indexes.Of(Economy, oil);

        var closed = Ask("ما هي الحقول المغلقة؟", index, Economy, oil);
        var proposed = Ask("ما هو الحل المقترح؟", index, Economy, oil);

        Assert.True(closed.Answered, closed.Declined?.ToString());
        Assert.True(proposed.Answered, proposed.Declined?.ToString());
    }

    [Fact]
    public void A_fair_question_in_the_briefings_words_is_answered_confidently()
    {
        var answer = Ask("ما مصادر مصر من العملة الصعبة؟");

        Assert.Equal(AnswerOutcome.Passages, answer.Outcome);
        Assert.Null(answer.Declined);
    }

    [Fact]
    public void A_place_none_of_the_answering_briefings_names_declines_the_question()
    {
        // The briefings know France (the second), but every passage on elections is in Tunisia's, which never names it.
        var vote = Indexes.Briefing(
            "2026-11-27-vote",
            new DateOnly(2026, 11, 27),
            "آخر أخبار الانتخابات المحلية في تونس: إقبال ضعيف على مكاتب الاقتراع.",
            "تشير آخر الأخبار إلى أن نتائج الانتخابات ستعلن خلال أسبوع.",
            "آخر أخبار الانتخابات: المعارضة تقاطع وتطعن في النتائج.");
        var wine = Indexes.Briefing(
            "2026-11-26-wine",
            new DateOnly(2026, 11, 26),
            "تراجعت صادرات فرنسا من النبيذ هذا العام.",
            "وتأمل فرنسا أن تستعيد أسواقها في آسيا.",
            "ويقول منتجون إن فرنسا تواجه منافسة شديدة.");
        using var index = Indexes.Of(vote, wine);

        var france = Ask("ما آخر أخبار الانتخابات في فرنسا؟", index, vote, wine);
        var tunisia = Ask("ما آخر أخبار الانتخابات في تونس؟", index, vote, wine);

        Assert.Equal(DeclineReason.PlaceNotInAnswer, france.Declined);
        Assert.True(tunisia.Answered, tunisia.Declined?.ToString());
    }

    [Fact]
    public void A_place_named_by_the_answering_briefing_but_not_by_its_passage_is_kept()
    {
        var answer = Ask("كم تبلغ مصادر العملة الصعبة في مصر؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void Today_said_as_a_rate_is_no_news_of_today()
    {
        var meals = Indexes.Briefing("2026-11-26-meals", new DateOnly(2026, 11, 26), "ارتفعت أسعار الدقيق والزيت، وصارت آلاف الأسر تكتفي بوجبة واحدة في اليوم.");
        using var index = Indexes.Of(meals);

        var answer = Ask("أسعار الدقيق اليوم", index, meals);

        Assert.Equal(DeclineReason.NotLive, answer.Declined);
    }

    [Fact]
    public void A_light_verb_before_the_attribute_does_not_hide_it()
    {
        var answer = Ask("كم يبلغ عدد سكان مصر؟");

        Assert.Equal(DeclineReason.AttributeNotOfSubject, answer.Declined);
    }

    [Fact]
    public void Another_word_of_the_family_does_not_make_an_advice_verb_known()
    {
        // «المطابخ» is of the family of «أطبخ» (DerivedForms), but a briefing mentioning kitchens gives no recipe.
        var kitchens = Indexes.Briefing("2026-11-26-kitchens", new DateOnly(2026, 11, 26), "يعمل آلاف الوافدين في المطابخ والمطاعم دون عقود واضحة.");
        using var index = Indexes.Of(kitchens);

        var answer = Ask("كيف أطبخ الأرز؟", index, kitchens);

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("من فاز بعقود الطرق والجسور؟")]
    [InlineData("من هو مدرب المنتخب المصري؟")]
    [InlineData("ما هي شروط الحصول على قرض من صندوق التنمية؟")]
    [InlineData("كم تبلغ سرعة القطار الجديد؟")]
    public void Who_won_coached_or_wrote_it_and_its_speed_or_conditions_are_asked_of_the_subject(string question)
    {
        var answer = Ask(question);

        Assert.Contains(answer.Declined, new DeclineReason?[] { DeclineReason.AttributeUnknown, DeclineReason.AttributeNotOfSubject });
    }

    [Fact]
    public void Conditions_said_of_the_subject_answer_the_question()
    {
        var loan = Indexes.Briefing("2026-11-26-loan", new DateOnly(2026, 11, 26), "وتشمل شروط الصندوق لمنح القرض خفض الدعم وتحرير سعر الصرف.");
        using var index = Indexes.Of(loan);

        var answer = Ask("ما شروط الصندوق؟", index, loan);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_difference_is_answered_only_where_both_things_are_named()
    {
        var unnamed = Ask("ما الفرق بين الدولار واليورو؟");
        var apart = Ask("ما الفرق بين السياحة والعاصمة؟");
        var together = Ask("ما الفرق بين السياحة والصادرات؟");

        Assert.Equal(DeclineReason.NotCompared, unnamed.Declined);
        Assert.Equal(DeclineReason.NotCompared, apart.Declined);
        Assert.True(together.Answered, together.Declined?.ToString());
    }
    private static readonly Briefing Metro = Indexes.Briefing(
        "2026-11-18-metro",
        new DateOnly(2026, 11, 18),
        "قال وزير النقل فيصل العتيبي إن المترو نقل في عامه الأول مئة وعشرة ملايين راكب، وإن الإقبال يرتفع شهرًا بعد شهر.",
        "تباع تذكرة المترو بأربعة ريالات، ويحصل الطلاب على خصم نصف السعر، فيما ترتفع رواتب موظفي الشبكة مطلع العام.",
        "قالت سائقة القطار رزان المطيري إن والدها صار أول من يركب قطارها كل صباح جمعة.",
        "وفي تموز الماضي أوقفت أعطال الإشارات الحركة على الخط الأزرق ثلاث مرات، وتحدث الركاب عن عمر القطارات.");

    [Theory]
    [InlineData("كم راتب سائقة القطار؟")]
    [InlineData("كم عمره فيصل العتيبي؟")]
    [InlineData("ما اسم زوج رزان المطيري؟")]
    [InlineData("ما جنسية فيصل العتيبي؟")]
    public void What_the_news_rarely_tells_of_a_person_it_quotes_is_asked_of_that_person(string question)
    {
        using var index = Indexes.Of(Metro);

        var answer = Ask(question, index, Metro);

        Assert.Contains(answer.Declined, new DeclineReason?[] { DeclineReason.AttributeUnknown, DeclineReason.AttributeNotOfSubject });
    }

    [Fact]
    public void Pay_said_of_its_subject_answers_the_question()
    {
        using var index = Indexes.Of(Metro);

        var answer = Ask("كم رواتب موظفي الشبكة؟", index, Metro);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void The_price_of_a_thing_the_briefings_never_name_is_declined()
    {
        using var index = Indexes.Of(Metro);

        var answer = Ask("كم سعر الأوقية مقابل الريال؟", index, Metro);

        Assert.Equal(DeclineReason.AttributeUnknown, answer.Declined);
    }

    [Fact]
    public void A_price_in_a_currency_answers_the_price_of_the_thing_it_is_said_of_and_not_of_another()
    {
        using var index = Indexes.Of(Metro);

        var ticket = Ask("كم سعر التذكرة؟", index, Metro);
        var train = Ask("كم سعر القطار الواحد؟", index, Metro);

        Assert.True(ticket.Answered, ticket.Declined?.ToString());
        Assert.StartsWith("تباع تذكرة", ticket.Passages[0].Passage.Text, StringComparison.Ordinal);
        Assert.Equal(DeclineReason.AttributeNotOfSubject, train.Declined);
    }

    [Fact]
    public void A_day_no_passage_speaks_of_declines_the_question()
    {
        using var index = Indexes.Of(Metro);

        var feast = Ask("هل المترو مجاني يوم العيد؟", index, Metro);
        var ramadan = Ask("كم عدد ركاب المترو في رمضان؟", index, Metro);

        Assert.Equal(DeclineReason.DateNotInAnswer, feast.Declined);
        Assert.Equal(DeclineReason.DateNotInAnswer, ramadan.Declined);
    }

    [Fact]
    public void A_day_is_found_through_its_article_and_the_other_names_of_its_month()
    {
        using var index = Indexes.Of(Metro);

        var friday = Ask("من يركب قطار رزان يوم الجمعة؟", index, Metro);
        var july = Ask("ماذا حدث للخط الأزرق في يوليو؟", index, Metro);

        Assert.True(friday.Answered, friday.Declined?.ToString());
        Assert.True(july.Answered, july.Declined?.ToString());
        Assert.StartsWith("وفي تموز", july.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
    private static readonly Briefing Coast = Indexes.Briefing(
        "2026-11-20-coast",
        new DateOnly(2026, 11, 20),
        "يبلغ طول ساحل البلاد سبعمئة كيلومتر، ولا يملك خفر السواحل سوى أربعة زوارق لمراقبته.",
        "يعاني نهر الفرات من تراجع منسوبه، ويقول المزارعون إن غرامة سقي البساتين من النهر بلغت مئتي دينار.",
        "تعمل في الموانئ اليوم مئتا امرأة، بعد برنامج تدريب استمر عامًا.",
        "وارتفع سعر الخبز اليوم إلى خمسة جنيهات للرغيف في أسواق العاصمة.");

    [Fact]
    public void Todays_value_is_given_by_a_passage_that_says_today_of_that_value()
    {
        using var index = Indexes.Of(Coast);

        var bread = Ask("كم سعر الخبز اليوم؟", index, Coast);
        var heat = Ask("كم درجة الحرارة في الموانئ اليوم؟", index, Coast);

        Assert.True(bread.Answered, bread.Declined?.ToString());
        Assert.Equal(DeclineReason.NotLive, heat.Declined);
    }

    [Fact]
    public void The_unit_a_measure_is_asked_in_is_not_its_subject()
    {
        using var index = Indexes.Of(Coast);

        var river = Ask("ما طول نهر الفرات بالكيلومترات؟", index, Coast);
        var coast = Ask("ما طول الساحل بالكيلومترات؟", index, Coast);

        Assert.Equal(DeclineReason.AttributeNotOfSubject, river.Declined);
        Assert.True(coast.Answered, coast.Declined?.ToString());
    }

    [Theory]
    [InlineData("كم تبلغ غرامة التدخين في الموانئ؟")]
    [InlineData("كم عدد زوارق الصيادلة؟")]
    public void How_much_of_a_thing_the_briefings_never_name_is_declined(string question)
    {
        using var index = Indexes.Of(Coast);

        var answer = Ask(question, index, Coast);

        Assert.Equal(DeclineReason.UnknownThing, answer.Declined);
    }

    [Theory]
    [InlineData("كم تبلغ غرامة سقي البساتين؟")]
    [InlineData("كم عدد زوارق خفر السواحل؟")]
    [InlineData("كم زورقا لدى خفر السواحل؟")]
    public void How_much_of_a_thing_the_briefings_name_is_answered(string question)
    {
        using var index = Indexes.Of(Coast);

        var answer = Ask(question, index, Coast);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_place_named_by_its_adjective_is_unknown_when_no_briefing_names_it()
    {
        var italian = Ask("ما موقف الحكومة الإيطالية من الاتفاق؟");
        var egyptian = Ask("ما موقف الحكومة المصرية من الاتفاق؟");

        Assert.Equal(DeclineReason.UnknownPlace, italian.Declined);
        Assert.NotEqual(DeclineReason.UnknownPlace, egyptian.Declined);
    }

    [Fact]
    public void What_a_person_the_briefings_never_name_said_is_declined()
    {
        var macron = Ask("ماذا قال ماكرون عن الأسعار؟");
        var farmers = Ask("ماذا قال المزارعون عن الأسمدة؟");

        Assert.Equal(DeclineReason.UnknownSpeaker, macron.Declined);
        Assert.True(farmers.Answered, farmers.Declined?.ToString());
    }

    [Theory]
    [InlineData("شو قال محمد عرقاب عن الأسعار")]
    [InlineData("ماذا قال عبد المجيد تبون؟")]
    public void What_a_person_sharing_only_a_given_name_with_the_briefings_said_is_declined(string question)
    {
        var briefing = Indexes.Briefing(
            "2026-11-25-prices",
            new DateOnly(2026, 11, 25),
            "قال وزير التموين محمد الشريف إن الأسعار ستستقر قبل رمضان.",
            "وأضاف الشريف أن الحكومة ستستورد القمح من روسيا، بحسب ما نقل عنه عبد المجيد سالم، مدير مكتبه.");
        using var index = Indexes.Of(briefing);

        var answer = Ask(question, index, briefing);

        Assert.Equal(DeclineReason.UnknownSpeaker, answer.Declined);
    }

    private static readonly Briefing Tourism = Indexes.Briefing(
        "2026-12-03-tourism",
        new DateOnly(2026, 12, 3),
        "تحذر الباحثة في جامعة السلطان قابوس ميمونة البوسعيدية من أن التوسع العمراني يهدد الأفلاج.",
        "وقال الوزير خالد الرواحي إن الدعم الحكومي للفنادق الجبلية سيستمر.",
        "وأضاف الرواحي أن الطريق الجديد سيفتتح في مارس.");

    [Theory]
    [InlineData("ماذا قال السلطان هيثم؟")]
    [InlineData("ماذا قال الوزير كمال عن الدعم؟")]
    public void What_a_titled_person_the_briefings_never_name_said_is_declined_though_the_title_is_used(string question)
    {
        using var index = Indexes.Of(Tourism);

        Assert.Equal(DeclineReason.UnknownSpeaker, Ask(question, index, Tourism).Declined);
    }

    [Fact]
    public void What_a_titled_person_the_briefings_quote_said_is_not_declined()
    {
        using var index = Indexes.Of(Tourism);

        Assert.NotEqual(AnswerOutcome.NothingRelevant, Ask("ماذا قال الوزير خالد عن الدعم؟", index, Tourism).Outcome);
    }

    [Fact]
    public void What_an_institution_the_briefings_name_said_is_not_declined_as_an_unknown_person()
    {
        var answer = Ask("ماذا قال صندوق النقد الدولي عن الدعم؟");

        Assert.NotEqual(DeclineReason.UnknownSpeaker, answer.Declined);
    }

    [Fact]
    public void A_thing_asked_of_with_a_preposition_on_its_article_is_part_of_what_is_asked()
    {
        using var index = Indexes.Of(Coast);

        var answer = Ask("كم سعر الخبز بالأوقية؟", index, Coast);

        Assert.Equal(DeclineReason.UnknownThing, answer.Declined);
    }

    [Fact]
    public void A_question_whose_words_after_its_focus_are_all_unknown_is_declined()
    {
        var ozone = Ask("ما مصادر ثقب الأوزون؟");
        var currency = Ask("ما مصادر العملة الصعبة؟");

        Assert.Equal(DeclineReason.UnknownThing, ozone.Declined);
        Assert.True(currency.Answered, currency.Declined?.ToString());
    }

    [Fact]
    public void A_volume_gives_no_length()
    {
        var water = Indexes.Briefing(
            "2026-11-25-water",
            new DateOnly(2026, 11, 25),
            "انخفض منسوب نهر الفرات، ولا يتجاوز الخزين في السدود ثمانية مليارات متر مكعب.",
            "ويقول المزارعون إن طول موسم الجفاف أرهقهم.");
        using var index = Indexes.Of(water);

        var answer = Ask("ما طول نهر الفرات بالكيلومترات؟", index, water);

        Assert.Equal(DeclineReason.AttributeNotOfSubject, answer.Declined);
    }

    [Fact]
    public void A_how_many_question_naming_a_place_is_declined_when_no_passage_gives_a_number_of_that_place()
    {
        var jobs = Indexes.Briefing(
            "2026-11-23-jobs",
            new DateOnly(2026, 11, 23),
            "تقول الباحثة إن نسبة البطالة بين الشباب في المدن المغربية تتجاوز ثلاثين في المئة.",
            "ويقول صندوق النقد إن الوظائف المكتبية في مصر والمغرب والأردن معرضة للأتمتة.");
        using var index = Indexes.Of(jobs);

        var egypt = Ask("ما نسبة البطالة في مصر؟", index, jobs);
        var morocco = Ask("ما نسبة البطالة في المغرب؟", index, jobs);

        Assert.Equal(DeclineReason.FactNotOfSubject, egypt.Declined);
        Assert.True(morocco.Answered, morocco.Declined?.ToString());
        Assert.StartsWith("تقول الباحثة", morocco.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_when_question_naming_a_place_is_declined_when_the_only_time_given_is_of_another_place()
    {
        var metro = Indexes.TitledBriefing(
            "2026-11-18-metro",
            "عام على مترو الرياض",
            "افتتح مترو الرياض في نوفمبر الماضي بعد سنوات من الأشغال.",
            "عمل الخبير الإيطالي مستشارًا لمشروعي مترو الدوحة ودبي.");
        using var index = Indexes.Of(metro);

        var doha = Ask("متى افتتح مترو الدوحة؟", index, metro);
        var riyadh = Ask("متى افتتح مترو الرياض؟", index, metro);

        Assert.Equal(DeclineReason.FactNotOfSubject, doha.Declined);
        Assert.True(riyadh.Answered, riyadh.Declined?.ToString());
    }

    [Fact]
    public void The_place_a_briefing_is_about_need_not_be_repeated_in_the_passage_that_gives_the_number()
    {
        var water = Indexes.TitledBriefing(
            "2026-11-25-water",
            "العراق يعطش: دجلة والفرات في أدنى مستوياتهما",
            "يواجه العراق أسوأ موجة جفاف منذ قرن.",
            "نزح أكثر من مئة وثلاثين ألف شخص من مناطق الجنوب بسبب شح المياه خلال أربع سنوات.");
        using var index = Indexes.Of(water);

        var answer = Ask("كم عدد النازحين بسبب شح المياه في العراق؟", index, water);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("نزح أكثر", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_three_word_definition_question_is_declined_when_no_passage_names_all_three_and_answered_when_one_does()
    {
        var ai = Indexes.Briefing(
            "2026-11-28-ai",
            new DateOnly(2026, 11, 28),
            "أصدرت الإمارات أول قانون لتنظيم الذكاء الاصطناعي، يلزم الشركات بوسم كل صورة تولّدها الأنظمة الذكية.");
        using var index = Indexes.Of(Economy, ai);

        var generative = Ask("ما هو الذكاء الاصطناعي التوليدي؟", index, Economy, ai);
        var fund = Ask("ما هو صندوق النقد الدولي؟", index, Economy, ai);

        Assert.Equal(DeclineReason.NotDefined, generative.Declined);
        Assert.True(fund.Answered, fund.Declined?.ToString());
    }

    [Fact]
    public void A_name_is_declined_where_the_passages_leave_the_company_unnamed_and_answered_where_one_names_it()
    {
        var unnamed = Indexes.Briefing(
            "2026-11-26-solar",
            new DateOnly(2026, 11, 26),
            "ووقعت الحكومة المصرية اتفاقًا مع شركة إماراتية لبناء محطة للطاقة الشمسية قرب أسوان بقدرة مئة ميغاواط.");
        var named = Indexes.Briefing(
            "2026-11-26-solar",
            new DateOnly(2026, 11, 26),
            "ووقعت الحكومة المصرية اتفاقًا مع شركة مصدر الإماراتية لبناء محطة للطاقة الشمسية قرب أسوان بقدرة مئة ميغاواط.");
        using var withoutName = Indexes.Of(Economy, unnamed);
        using var withName = Indexes.Of(Economy, named);

        var which = Ask("ما اسم الشركة الإماراتية التي ستبني محطة الطاقة الشمسية؟", withoutName, Economy, unnamed);
        var whichOne = Ask("ما هي الشركة الإماراتية التي ستبني محطة الطاقة الشمسية؟", withoutName, Economy, unnamed);
        var who = Ask("من سيبني محطة الطاقة الشمسية؟", withoutName, Economy, unnamed);
        var told = Ask("ما اسم الشركة الإماراتية التي ستبني محطة الطاقة الشمسية؟", withName, Economy, named);

        Assert.Equal(DeclineReason.NameNotGiven, which.Declined);
        Assert.Equal(DeclineReason.NameNotGiven, whichOne.Declined);
        Assert.True(who.Answered, who.Declined?.ToString());
        Assert.True(told.Answered, told.Declined?.ToString());
    }

    [Fact]
    public void A_price_asked_how_much_is_declined_without_a_sum_beside_the_thing_priced_and_answered_with_one()
    {
        var factory = Indexes.Briefing(
            "2026-11-20-insulin",
            new DateOnly(2026, 11, 20),
            "افتتحت الشركة في الأردن مصنعًا بكلفة مئة وعشرين مليون دينار، وبطاقة إنتاجية تصل إلى عشرين مليون عبوة أنسولين سنويًا.",
            "وارتفع سعر الأنسولين المستورد في الأردن بنسبة الثلث منذ عامين.");
        var priced = Indexes.Briefing(
            "2026-11-21-insulin",
            new DateOnly(2026, 11, 21),
            "وتباع عبوة الأنسولين المحلية بخمسة دنانير في صيدليات الأردن.");
        using var index = Indexes.Of(Economy, factory);
        using var withPrice = Indexes.Of(Economy, factory, priced);

        var unpriced = Ask("كم سعر عبوة الأنسولين؟", index, Economy, factory);
        var told = Ask("كم سعر عبوة الأنسولين؟", withPrice, Economy, factory, priced);
        var cost = Ask("كم كلفة مصنع الأنسولين؟", index, Economy, factory);

        Assert.Equal(DeclineReason.NoMeasure, unpriced.Declined);
        Assert.True(told.Answered, told.Declined?.ToString());
        Assert.True(cost.Answered, cost.Declined?.ToString());
    }
}
