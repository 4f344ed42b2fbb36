using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

public sealed class QuestionAnswererTests : IDisposable
{
    private readonly PassageIndex _index;
    private readonly QuestionAnswerer _answerer;

    public QuestionAnswererTests()
    {
        var seed = Seed.Parse();
        _index = Indexes.Of(seed);
        _answerer = Indexes.Answerer(_index, briefings: seed);
    }

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question, int? top = null) => _answerer.Answer(new AnswerRequest(question, top));

    [Fact]
    public void The_cards_question_returns_the_four_polyakov_passages_first_in_document_order()
    {
        var answer = Ask("ماذا قال بولياكوف؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("أندريه بولياكوف", answer.Speaker);
        Assert.Equal(Seed.Polyakov, answer.Passages.Select(p => p.Passage.Ordinal));
        Assert.Equal([1, 2, 3, 4], answer.Passages.Select(p => p.Rank));
    }

    [Theory]
    [InlineData("ما رأي جوناثان وود؟", 22, 23)]
    [InlineData("جوناثان وود", 22, 23)]
    [InlineData("وود", 22, 23)]
    [InlineData("لي يونغ سوك", 16, 17)]
    [InlineData("ماذا يقول لي يونغ سوك؟", 16, 17)]
    [InlineData("بولياكوف", 11, 12, 13, 14)]
    [InlineData("شو قال بولياكوف", 11, 12, 13, 14)]
    [InlineData("ماذا قال بولياكف؟", 11, 12, 13, 14)]
    [InlineData("ماذا قال اندريه بولياكوف", 11, 12, 13, 14)]
    [InlineData("ما رأي بولياكوڤ؟", 11, 12, 13, 14)]
    [InlineData("رأي بولیاکوف", 11, 12, 13, 14)]
    public void A_question_about_a_person_returns_all_their_passages_in_document_order(string question, params int[] ordinals)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(ordinals, answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Theory]
    [InlineData("وهل ستخرق روسيا قرارات مجلس الأمن؟", "هل ستخرق روسيا قرارات مجلس الأمن؟")]
    [InlineData("وماذا عن المناورات الأميركية الكورية الجنوبية؟", "ماذا عن المناورات الأميركية الكورية الجنوبية؟")]
    [InlineData("وكيف سترد واشنطن؟", "كيف سترد واشنطن؟")]
    [InlineData("فلماذا تقاربت روسيا مع كوريا الشمالية؟", "لماذا تقاربت روسيا مع كوريا الشمالية؟")]
    public void A_follow_up_question_opening_with_wa_is_answered_like_the_same_question_without_it(string followUp, string plain)
    {
        var expected = Ask(plain);
        var answer = Ask(followUp);

        Assert.True(expected.Answered, plain);
        Assert.Equal(expected.Outcome, answer.Outcome);
        Assert.Equal(expected.Passages.Select(p => p.Passage.Id), answer.Passages.Select(p => p.Passage.Id));
    }

    [Fact]
    public void A_question_about_what_a_person_said_on_a_topic_still_puts_their_passages_first()
    {
        // A subject he speaks of: one he never speaks of («عن إيران») is declined (SpeakerOnASubjectCheckTests).
        var answer = Ask("ماذا قال بولياكوف عن كوريا الشمالية؟");

        Assert.True(answer.Answered);
        Assert.Equal(Seed.Polyakov, answer.Passages.Take(4).Select(p => p.Passage.Ordinal).Order());
    }

    [Fact]
    public void A_topical_question_answers_with_the_top_three_passages_and_their_matched_spans()
    {
        var answer = Ask("هل ستتخلى موسكو عن بيونغ يانغ؟");

        Assert.Equal(AnswerOutcome.Passages, answer.Outcome);
        Assert.Equal(3, answer.Passages.Count);
        Assert.Equal(23, answer.Passages[0].Passage.Ordinal);
        Assert.All(answer.Passages, p => Assert.NotEmpty(p.Highlights));
        Assert.True(answer.Passages[0].Score >= answer.Passages[1].Score);
        Assert.True(answer.HasMore);
    }

    [Fact]
    public void More_is_offered_only_when_a_passage_is_left_after_the_ones_shown()
    {
        // The hit after the shown ones is counted, not read: «more» rests on the count.
        var gas = Indexes.Briefing(
            "2026-11-28-gas",
            new DateOnly(2026, 11, 28),
            "تراجع تصدير الغاز الروسي إلى أوروبا هذا العام.",
            "ارتفعت أسعار الغاز في الأسواق مع قدوم الشتاء.",
            "وقعت ألمانيا عقدا جديدا لشراء الغاز المسال.",
            "تبحث إيطاليا عن مصادر أخرى للغاز.",
            "تعبر شحنات الحبوب البحر الأسود كل أسبوع.");
        using var index = Indexes.Of(gas);
        var answerer = Indexes.Answerer(index, briefings: gas);
        Answer AskGas(int top) => answerer.Answer(new AnswerRequest("ماذا عن الغاز؟", top));

        Assert.Single(AskGas(1).Passages);
        Assert.True(AskGas(1).HasMore);
        Assert.Equal(3, AskGas(3).Passages.Count);
        Assert.True(AskGas(3).HasMore);
        Assert.Equal(4, AskGas(4).Passages.Count);
        Assert.False(AskGas(4).HasMore);
        Assert.False(AskGas(5).HasMore);
    }

    [Fact]
    public void Top_sets_how_many_passages_are_shown()
    {
        Assert.Single(Ask("موسكو وبيونغ يانغ", top: 1).Passages);
        Assert.Equal(5, Ask("موسكو وبيونغ يانغ", top: 5).Passages.Count);
    }

    [Theory]
    [InlineData("من فاز بمباراة ريال مدريد وبرشلونة أمس؟")]
    [InlineData("كم سعر صرف الدولار مقابل الجنيه المصري اليوم؟")]
    [InlineData("كيف أطبخ المقلوبة بالدجاج؟")]
    [InlineData("ما حالة الطقس في عمّان غدا؟")]
    public void An_off_topic_question_is_declined_instead_of_answered_with_the_least_bad_passage(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Empty(answer.Passages);
        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u202E")]
    [InlineData("؟؟؟ !!")]
    public void An_empty_question_is_refused_as_empty(string question)
    {
        Assert.Equal(AnswerOutcome.EmptyQuestion, Ask(question).Outcome);
    }

    [Fact]
    public void A_huge_question_is_refused_as_too_long()
    {
        var answer = Ask(string.Concat(Enumerable.Repeat("موسكو ", 10_000)));

        Assert.Equal(AnswerOutcome.QuestionTooLong, answer.Outcome);
        Assert.Empty(answer.Passages);
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("👩🏽‍🚀")]
    [InlineData("بُّ")]
    public void A_question_cut_for_its_length_is_cut_between_characters_never_inside_one(string unit)
    {
        // The cut at 300 UTF-16 units falls inside the last character.
        var question = new string('ا', 299) + string.Concat(Enumerable.Repeat(unit, 50));

        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.QuestionTooLong, answer.Outcome);
        Assert.Equal(new string('ا', 299), answer.Question);
    }

    [Theory]
    [InlineData("ماذا؟")]
    [InlineData("ما هو؟")]
    [InlineData("شو ايش وين")]
    public void A_question_of_question_words_only_has_no_searchable_words(string question)
    {
        Assert.Equal(AnswerOutcome.NoSearchableWords, Ask(question).Outcome);
    }

    [Theory]
    [InlineData("*:*")]
    [InlineData("title:x AND")]
    [InlineData("\"")]
    [InlineData("~")]
    public void Lucene_syntax_as_a_question_is_not_an_error(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered);
    }

    [Fact]
    public void Without_briefings_the_answer_says_there_are_none()
    {
        using var empty = Indexes.Of();
        var answerer = Indexes.Answerer(empty);

        Assert.Equal(AnswerOutcome.NoBriefings, answerer.Answer(new AnswerRequest("ماذا قال بولياكوف؟")).Outcome);
    }

    [Fact]
    public void Latest_only_limits_the_answer_to_the_newest_briefing()
    {
        var older = Indexes.Briefing("older", new DateOnly(2026, 1, 1), "اتفقت موسكو وبيونغ يانغ على تعاون عسكري في مجال الصواريخ.");
        var newer = Indexes.Briefing("newer", new DateOnly(2026, 3, 1), "ناقشت واشنطن وسيول تعاونا عسكريا في مجال الدفاع.");
        using var index = Indexes.Of(older, newer);
        var answerer = Indexes.Answerer(index, briefings: [older, newer]);

        var all = answerer.Answer(new AnswerRequest("تعاون عسكري في مجال الصواريخ"));
        var latest = answerer.Answer(new AnswerRequest("تعاون عسكري في مجال الصواريخ", LatestOnly: true));

        Assert.Equal("older", all.Passages[0].Passage.BriefingId);
        Assert.All(latest.Passages, p => Assert.Equal("newer", p.Passage.BriefingId));
    }

    [Fact]
    public void Skip_pages_through_the_ranking()
    {
        var first = Ask("موسكو وبيونغ يانغ", top: 2);
        var second = _answerer.Answer(new AnswerRequest("موسكو وبيونغ يانغ", 2, Skip: 2));

        Assert.Equal([3, 4], second.Passages.Select(p => p.Rank));
        Assert.Empty(first.Passages.Select(p => p.Passage.Id).Intersect(second.Passages.Select(p => p.Passage.Id)));
    }
}
