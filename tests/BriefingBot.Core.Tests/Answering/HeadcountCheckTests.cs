using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A body's headcount («كم عدد العاملين في المحطة؟») is answered only where a number counts its people, a few words before
/// them: a passage naming them beside a number of something else gives none, with or without a place in the question.
/// </summary>
public sealed class HeadcountCheckTests
{
    private static readonly Briefing Plants = Indexes.Briefing(
        "2026-12-05-plants",
        new DateOnly(2026, 12, 5),
        "ولا تنتج المحطات العاملة سوى ربع ما كانت تنتجه قبل الحرب، بحسب أرقام وزارة الكهرباء.",
        "وأوضح الوزير أن المحطة الجديدة تعمل بستة آبار حفرت على أعماق كبيرة.");

    private static readonly Briefing Factory = Indexes.Briefing(
        "2026-12-05-factory",
        new DateOnly(2026, 12, 5),
        "ويعمل في المصنع الجديد نحو ألف وخمسمئة عامل، أغلبهم من أبناء المنطقة.",
        "ويعمل في دول الخليج نحو خمسة وثلاثين مليون وافد، يشكلون أغلبية القوى العاملة.");

    private static Answer Ask(string question, params Briefing[] briefings)
    {
        using var index = Indexes.Of(briefings);
        return Indexes.Answerer(index, null, briefings).Answer(new AnswerRequest(question));
    }

    [Fact]
    public void A_headcount_is_not_given_by_a_number_beside_another_use_of_the_word()
    {
        var answer = Ask("كم عدد العاملين في المحطة الجديدة؟", Plants);

        Assert.Equal(DeclineReason.FactNotOfSubject, answer.Declined);
    }

    [Fact]
    public void A_headcount_is_given_by_a_number_before_the_people_or_the_word_that_says_which_of_them()
    {
        var workers = Ask("كم عاملًا في المصنع الجديد؟", Factory);
        var expatriates = Ask("كم عدد العمال الوافدين؟", Factory);

        Assert.True(workers.Answered, workers.Declined?.ToString());
        Assert.True(expatriates.Answered, expatriates.Declined?.ToString());
    }

    private static readonly Briefing Canal = Indexes.Briefing(
        "2026-12-06-canal",
        new DateOnly(2026, 12, 6),
        "ويعمل في الهيئة والشركات التابعة لها نحو أربعة وعشرين ألف موظف، بحسب بيان الهيئة.",
        "وقالت شركة ميرسك الدنماركية إنها لن تعيد سفنها إلى البحر الأحمر قريبًا.");

    [Fact]
    public void A_headcount_is_of_the_body_asked_not_of_another_body_counted_in_the_briefing()
    {
        var other = Ask("كم عدد موظفي شركة ميرسك؟", Canal);
        var own = Ask("كم عدد موظفي الهيئة؟", Canal);

        Assert.Equal(DeclineReason.FactNotOfSubject, other.Declined);
        Assert.True(own.Answered, own.Declined?.ToString());
    }

    [Fact]
    public void A_workplace_after_fi_is_the_body_whose_people_are_counted()
    {
        Assert.Equal(["مطار", "النفيضه"], QuestionShape.Of("كم موظفًا يعمل في مطار النفيضة؟").Workplace);
        Assert.Equal(["شركه", "هرمود"], QuestionShape.Of("كم عدد موظفي شركة هرمود؟").Workplace);
        Assert.Empty(QuestionShape.Of("كم عدد العمال الوافدين؟").Workplace);
    }

    [Fact]
    public void A_headcount_is_given_in_the_broken_plural_and_after_adad_by_the_number_that_follows_the_people()
    {
        var restaurant = Indexes.Briefing(
            "2026-12-06-restaurant",
            new DateOnly(2026, 12, 6),
            "وتقول صاحبة المطعم إن زبائنها قلّوا كثيرًا، وإنها خفضت عدد عمال المطعم من ستة إلى اثنين.");

        var answer = Ask("كم عاملًا بقي في المطعم؟", restaurant);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    private static readonly Briefing University = Indexes.Briefing(
        "2026-12-09-university",
        new DateOnly(2026, 12, 9),
        "ويدرس في الجامعة هذا العام نحو تسعة وسبعين ألف طالب، بعد أن بلغ عددهم ستة وثمانين ألفًا قبل عامين.",
        "ورفعت الجامعة رسوم التسجيل إلى ثلاثة عشر مليون ليرة لطلاب الماستر، وهي أقل بكثير من أقساط جامعة القديس يوسف.");

    [Fact]
    public void Students_of_a_named_university_are_its_workplace_as_the_employees_of_a_company_are()
    {
        Assert.Equal(["جامعه", "القديس", "يوسف"], QuestionShape.Of("كم عدد طلاب جامعة القديس يوسف؟").Workplace);
        Assert.Empty(QuestionShape.Of("كم طالبًا سجل هذا العام؟").Workplace);
    }

    [Fact]
    public void A_sum_in_a_currency_before_the_people_is_what_they_pay_not_how_many_they_are()
    {
        var other = Ask("كم عدد طلاب جامعة القديس يوسف؟", University);
        var own = Ask("كم طالبًا يدرس في الجامعة؟", University);

        Assert.Equal(DeclineReason.FactNotOfSubject, other.Declined);
        Assert.True(own.Answered, own.Declined?.ToString());
    }
}
