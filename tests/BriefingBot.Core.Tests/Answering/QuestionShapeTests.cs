using BriefingBot.Core.Answering;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

public sealed class QuestionShapeTests
{
    [Theory]
    [InlineData("كم عدد سكان مصر؟", ExpectedAnswer.Number)]
    [InlineData("ما نسبة المشاركة؟", ExpectedAnswer.Number)]
    [InlineData("قديش صار سعر الخبز", ExpectedAnswer.Number)]
    [InlineData("متى تعلن النتائج؟", ExpectedAnswer.Time)]
    [InlineData("في أي عام بدأت الأزمة؟", ExpectedAnswer.Time)]
    [InlineData("ما موعد الانتخابات المقبلة؟", ExpectedAnswer.Time)]
    [InlineData("شو مواعيد القطار من الرباط؟", ExpectedAnswer.Time)]
    [InlineData("لماذا تراجعت المشاركة؟", ExpectedAnswer.Any)]
    [InlineData("What did Polyakov say?", ExpectedAnswer.Any)]
    public void The_question_word_says_what_kind_of_answer_is_wanted(string question, ExpectedAnswer expected) =>
        Assert.Equal(expected, QuestionShape.Of(question).Expected);

    [Theory]
    [InlineData("كم بلغ العجز العام الماضي؟", -1)]
    [InlineData("كم بلغ العجز السنة الفايتة؟", -1)]
    [InlineData("كم سيبلغ العجز العام الجاي؟", 1)]
    [InlineData("كم سيبلغ العجز السنة المقبلة؟", 1)]
    [InlineData("كم بلغ العجز في العام السابق للانتخابات؟", null)]
    [InlineData("كم بلغ العجز خلال الماضي؟", null)]
    public void A_relative_year_is_asked_with_the_article_and_in_spoken_words_not_as_the_year_before_another(string question, int? relative) =>
        Assert.Equal(relative, QuestionShape.Of(question).RelativeYear);

    [Theory]
    [InlineData("كم عدد سكان مصر؟", "سكان", "مصر")]
    [InlineData("ما هي عاصمة كوريا الشمالية؟", "عاصمه", "كوريا الشماليه")]
    [InlineData("متى تأسست حركة النهضة؟", "تاسست", "حركه النهضه")]
    [InlineData("ما هو علاج الملاريا؟", "علاج", "الملاريا")]
    [InlineData("ما هو أطول نهر في العالم؟", "اطول", "نهر العالم")]
    [InlineData("من هو وزير الخارجية الروسي؟", "وزير", "الخارجيه الروسي")]
    [InlineData("من بنى ميناء الحديدة؟", "بني", "ميناء الحديده")]
    [InlineData("كم راتب وزير التعليم؟", "راتب", "وزير التعليم")]
    [InlineData("ما اسم زوج مريم منت أحمد؟", "زوج", "مريم منت احمد")]
    [InlineData("كم سعر تذكرة المترو؟", "سعر", "تذكره المترو")]
    public void A_general_knowledge_question_names_the_attribute_it_asks_and_its_subject(string question, string attribute, string subject)
    {
        var shape = QuestionShape.Of(question);

        Assert.Equal(attribute, shape.Attribute);
        Assert.Equal(subject.Split(' '), shape.Subject);
    }

    [Theory]
    [InlineData("لماذا يعاني العراق من الجفاف؟")]
    [InlineData("ماذا قال رئيس الهيئة؟")]
    [InlineData("كم بقي من الماء خلف السدود؟")]
    [InlineData("ما أهم مصادر العملة الصعبة؟")]
    public void A_question_whose_focus_is_no_general_knowledge_attribute_has_none(string question) =>
        Assert.Null(QuestionShape.Of(question).Attribute);

    [Theory]
    [InlineData("كم سعر الدولار اليوم؟", "اليوم")]
    [InlineData("شو حالة الطقس بكرا", "بكرا")]
    [InlineData("هل ستمطر غدا في بغداد؟", "غدا")]
    [InlineData("ما مدى قرب العلاقة بين البلدين اليوم؟", null)]
    public void Todays_price_or_tomorrows_weather_asks_for_a_day(string question, string? day) =>
        Assert.Equal(day, QuestionShape.Of(question).NowWord);

    [Theory]
    [InlineData("كيف أطبخ المقلوبة؟", "اطبخ")]
    [InlineData("كم ساعة يجب أن أنام؟", "انام")]
    [InlineData("كم ساعة يجب أن ينام الطفل؟", "ينام")]
    [InlineData("لازم تشرب كم لتر ماء؟", "تشرب")]
    [InlineData("كيف يقسم القانون الأنظمة؟", null)]
    [InlineData("كيف أثرت الحرب على الأسعار؟", null)]
    [InlineData("كيف سترد أمريكا؟", null)]
    public void A_first_person_verb_after_how_or_any_verb_after_must_asks_for_advice(string question, string? verb) =>
        Assert.Equal(verb, QuestionShape.Of(question).AdviceVerb);

    [Theory]
    [InlineData("هل اشتغل المونوريل؟", null)]
    [InlineData("هل انتهى المشروع", null)]
    [InlineData("هل استقال الوزير؟", null)]
    [InlineData("هل أستثمر في الذهب؟", "استثمر")]
    public void A_past_verb_after_whether_with_its_subject_after_it_asks_no_advice(string question, string? verb) =>
        Assert.Equal(verb, QuestionShape.Of(question).AdviceVerb);

    [Theory]
    [InlineData("ايش السبب إن المي خلصت في حراز؟", null)]
    [InlineData("المشكلة أن الغاز انقطع؟", null)]
    [InlineData("هل يمكن أن ألبس الكمامة في الطائرة؟", "البس")]
    public void That_after_a_definite_noun_opens_a_clause_with_its_own_subject(string question, string? verb) =>
        Assert.Equal(verb, QuestionShape.Of(question).AdviceVerb);

    [Theory]
    [InlineData("ما هي مهنة حسين المناعي؟", new[] { "حسين", "المناعي" })]
    [InlineData("ما هي وظيفة الطواش؟", new[] { "الطواش" })]
    [InlineData("ما هي المهنة؟", new[] { "المهنه" })]
    public void A_persons_occupation_asked_as_what_is_asks_of_the_person(string question, string[] defined) =>
        Assert.Equal(defined, QuestionShape.Of(question).Defined);

    [Theory]
    [InlineData("ما هو الذكاء الاصطناعي؟", 2)]
    [InlineData("ما هي الكوليرا؟", 1)]
    [InlineData("ما هو الذكاء الاصطناعي التوليدي؟", 3)]
    [InlineData("ما هو المجلس الوطني للجهات والأقاليم؟", 0)]
    [InlineData("ما الذي تحتاجه المستشفيات؟", 0)]
    [InlineData("ما هي الحقول المغلقة؟", 1)]
    [InlineData("ما هو الحل المقترح؟", 1)]
    [InlineData("ما هو مجلس المدينة؟", 2)]
    [InlineData("ما معنى التضخم؟", 1)]
    [InlineData("ما معنى كلمة سيرندبتي؟", 1)]
    [InlineData("ماذا يعني مصطلح الذكاء الاصطناعي؟", 2)]
    [InlineData("ما تعريف الاحتباس الحراري؟", 2)]
    public void A_short_what_is_question_asks_for_a_definition(string question, int words) =>
        Assert.Equal(words, QuestionShape.Of(question).Defined.Count);

    [Fact]
    public void Places_are_read_through_their_article_and_prepositions()
    {
        Assert.Equal(["فرنسا"], QuestionShape.Of("ما آخر أخبار الانتخابات في فرنسا؟").Places);
        Assert.Equal(["بمصر"], QuestionShape.Of("ليش كل شي صار غالي بمصر").Places);
        Assert.Empty(QuestionShape.Of("ما الوضع المالي للحكومة؟").Places);
    }

    [Theory]
    [InlineData("ماذا قال وزير الصحة الأردني؟", "الاردني")]
    [InlineData("ما آخر أخبار الانتخابات الفرنسية؟", "الفرنسيه")]
    [InlineData("كم سعر الليرة التركية؟", "التركيه")]
    [InlineData("ما موقف الحكومة السعودية؟", "السعوديه")]
    [InlineData("ما رأي الخبير الألماني؟", "الالماني")]
    public void A_place_is_also_named_by_its_adjective(string question, string place)
    {
        Assert.Equal([place], QuestionShape.Of(question).Places);
    }

    [Theory]
    [InlineData("ما موقف صندوق النقد الدولي؟")]
    [InlineData("ما الوضع الأمني في الجنوب؟")]
    [InlineData("كيف يتأثر الاقتصاد العالمي؟")]
    public void An_adjective_of_no_place_is_no_place(string question)
    {
        Assert.Empty(QuestionShape.Of(question).Places);
    }

    [Theory]
    [InlineData("ما الفرق بين الشيعة والسنة؟", "الشيعة", "السنة")]
    [InlineData("شو الفرق بين الدولار الأمريكي واليورو", "الدولار", "اليورو")]
    public void A_difference_question_names_the_two_things_it_compares(string question, string first, string second)
    {
        Assert.Equal([ArabicText.Fold(first), ArabicText.Fold(second)], QuestionShape.Of(question).Compared);
    }

    [Theory]
    [InlineData("هل المترو مجاني يوم العيد؟", "العيد")]
    [InlineData("كم عدد الركاب في رمضان؟", "رمضان")]
    [InlineData("متى تفتح البنوك يوم الجمعة؟", "الجمعه")]
    [InlineData("ماذا حدث في تموز؟", "تموز")]
    [InlineData("ماذا حدث في مارس؟", "مارس")]
    [InlineData("هل مارس الوزير ضغوطا؟", null)]
    [InlineData("هل قال أحد شيئا؟", null)]
    public void A_month_a_weekday_or_a_feast_is_a_day_the_question_names(string question, string? date) =>
        Assert.Equal(date is null ? Array.Empty<string>() : [date], QuestionShape.Of(question).Dates);
    [Theory]
    [InlineData("كم تبلغ غرامة التدخين في المترو؟", "غرامه التدخين")]
    [InlineData("كم عدد طلاب الصيدلة في الجامعات الأردنية؟", "طلاب الصيدله")]
    [InlineData("كم عدد العمال الوافدين في دول الخليج؟", "العمال الوافدين")]
    [InlineData("كم سعر تذكرة مترو الدوحة؟", "سعر")]
    [InlineData("لماذا يصعب فهم الكلام العامي؟", "")]
    public void A_how_many_or_attribute_question_asks_of_the_phrase_after_its_question_words(string question, string asked) =>
        Assert.Equal(asked.Split(' ', StringSplitOptions.RemoveEmptyEntries), QuestionShape.Of(question).Asked);
    [Theory]
    [InlineData("كم عدد العمال الوافدين في دول الخليج؟", "العمال", "الوافدين")]
    [InlineData("كم عدد العمال الوافدين في دول الخليج؟", "الوافدين", null)]
    [InlineData("كم عدد العمال الوافدين في دول الخليج؟", "الخليج", null)]
    [InlineData("كم عدد طلاب الصيدلة في الجامعات الأردنية؟", "طلاب", "الصيدله")]
    public void The_qualifier_of_an_asked_word_is_the_construct_word_after_it(string question, string word, string? qualifier) =>
        Assert.Equal(qualifier, QuestionShape.Of(question).QualifierOf(word));
    [Theory]
    [InlineData("ماذا قال ماكرون عن المترو؟", "ماكرون")]
    [InlineData("ما رأي الخبراء في الاتفاق؟", "الخبراء")]
    [InlineData("ماذا قال عن المترو؟", null)]
    [InlineData("لماذا ارتفعت الأسعار؟", null)]
    public void A_question_of_what_someone_said_names_who_said_it(string question, string? speaker) =>
        Assert.Equal(speaker is null ? null : ArabicText.Fold(speaker), QuestionShape.Of(question).SaidBy);
}
