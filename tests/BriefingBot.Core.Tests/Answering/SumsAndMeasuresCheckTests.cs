using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Questions asking what something costs or measures: answered where a passage gives the sum or the measure in its units
/// (however long the clause that leads to it, in the accusative «درهمًا»), declined where the passages only speak of it.
/// </summary>
public sealed class SumsAndMeasuresCheckTests() : BriefingsAnswerSpec(Rail)
{
    private const string Patient = "ويقول المريض أحمد الزعبي إنه انتظر شهرين لإجراء عملية قسطرة في القلب، واضطر إلى دفع تكاليفها من مدخرات عائلته.";

    private const string Station = "وتبني الشركة محطة جديدة في مراكش قرب المدينة القديمة تستقبل القطارات السريعة بعد عامين.";

    private static readonly Briefing Rail = Indexes.Briefing(
        "2026-11-27-rail",
        new DateOnly(2026, 11, 27),
        "أطلق المغرب أشغال تمديد خط القطار فائق السرعة إلى مراكش، في مشروع تقدر كلفته بنحو ثلاثة وخمسين مليار درهم.",
        "ويبلغ سعر التذكرة في الدرجة الثانية بين طنجة والدار البيضاء مئة وتسعة وأربعين درهمًا.",
        Patient,
        Station);

    [Fact]
    public void What_something_costs_is_declined_where_no_passage_gives_a_sum_and_answered_where_one_does()
    {
        var clinic = Indexes.Briefing(
            "2026-11-27-clinic",
            new DateOnly(2026, 11, 27),
            Patient,
            Station);
        using var clinicIndex = Indexes.Of(clinic);

        var operation = Indexes.Answerer(clinicIndex, null, clinic).Answer(new AnswerRequest("كم تكلفة عملية القسطرة؟"));
        var line = Ask("كم تكلفة تمديد خط القطار؟");

        Assert.Equal(DeclineReason.NoSum, operation.Declined);
        Assert.True(line.Answered, line.Declined?.ToString());
    }

    [Fact]
    public void What_something_costs_is_declined_where_the_only_sum_shown_is_another_things_cost()
    {
        // «كلفته» of the rail project meets «تكلفة», so its sum is shown beside the operation that has none.
        var operation = Ask("كم تكلفة عملية القسطرة؟");

        Assert.Equal(DeclineReason.SumNotOfSubject, operation.Declined);
    }

    [Fact]
    public void A_sum_given_where_the_thing_costed_is_not_named_is_no_cost_of_it()
    {
        var station = Ask("كم تكلفة محطة مراكش الجديدة؟");
        var project = Ask("كم تكلفة مشروع القطار إلى مراكش؟");

        Assert.Equal(DeclineReason.SumNotOfSubject, station.Declined);
        Assert.True(project.Answered, project.Declined?.ToString());
        Assert.StartsWith("أطلق المغرب", project.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_price_at_the_end_of_a_long_clause_in_the_accusative_is_given()
    {
        var answer = Ask("كم سعر التذكرة؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويبلغ سعر التذكرة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_measure_asked_with_ma_needs_a_number_in_its_units_as_one_asked_with_kam_does()
    {
        var speed = Ask("ما سرعة القطار؟");

        Assert.Equal(DeclineReason.NoMeasure, speed.Declined);
    }

    [Fact]
    public void What_the_briefing_is_about_is_named_by_its_title_for_the_sum_of_its_cost()
    {
        var road = Indexes.TitledBriefing(
            "2026-11-25-road",
            "طريق التنمية: العراق يراهن على ممر بري إلى تركيا",
            "وقّع العراق وتركيا مذكرة تفاهم لتمويل المرحلة الأولى من طريق التنمية.",
            "وتقدّر الحكومة العراقية الكلفة الإجمالية للمشروع بنحو سبعة عشر مليار دولار.");
        using var index = Indexes.Of(road);

        var answer = Indexes.Answerer(index, null, road).Answer(new AnswerRequest("كم تبلغ كلفة طريق التنمية؟"));

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains(answer.Passages, shown => shown.Passage.Text.StartsWith("وتقدّر الحكومة", StringComparison.Ordinal));
    }
}
