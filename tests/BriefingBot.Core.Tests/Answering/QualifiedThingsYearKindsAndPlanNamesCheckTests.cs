using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Fair questions the checks used to turn away: a thing qualified by an adjective of origin that the passage names the same
/// way («المطاعم اللبنانية» in Kuwait), a year of a kind («العام المالي الماضي»), an office's nationality that the
/// briefing's title gives («وزير الصحة التونسي»), and a national plan named by its year («رؤية 2030»), which asks for no
/// one's view.
/// </summary>
public sealed class QualifiedThingsYearKindsAndPlanNamesCheckTests() : BriefingsAnswerSpec(Kuwait, Tunisia, Morocco)
{
    private static readonly Briefing Kuwait = Indexes.TitledBriefing(
        "2026-12-10-kuwait-wages",
        "الكويت: نقص الطهاة والممرضين يرفع الأجور",
        "ويبلغ متوسط الراتب الشهري للطاهي في الفنادق الكبرى بالكويت نحو ستمئة دينار، مقابل نحو ثلاثمئة دينار في المطاعم اللبنانية.",
        "وغادر نحو ربع الممرضين المستشفيات الحكومية في العام المالي الماضي، بحسب ديوان الخدمة المدنية.",
        "وتهدف رؤية الكويت 2035 إلى رفع نسبة الكويتيين العاملين في القطاع الخاص إلى ثلاثين في المئة.");

    private static readonly Briefing Tunisia = Indexes.TitledBriefing(
        "2026-12-08-tunisia-doctors",
        "أطباء تونس يهاجرون إلى أوروبا",
        "وقال وزير الصحة، سليم الجلاصي، أمام النواب، إن الوزارة ستفتح ألف خطة جديدة للأطباء المقيمين في المستشفيات الجهوية.",
        "وقال وزير الفلاحة التونسي إن محصول القمح تراجع بسبب الجفاف.");

    private static readonly Briefing Morocco = Indexes.TitledBriefing(
        "2026-12-07-morocco-dams",
        "المغرب: السدود في أدنى مستوياتها",
        "وقال وزير الفلاحة المغربي إن السدود لم تمتلئ إلا بنسبة الربع.");

    [Fact]
    public void A_thing_qualified_by_origin_as_the_passage_names_it_is_no_other_country_asked()
    {
        var answer = Ask("كم راتب الطاهي في المطاعم اللبنانية؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويبلغ متوسط الراتب", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_country_itself_or_the_attributes_own_adjective_is_still_another_place()
    {
        Assert.Equal(DeclineReason.AttributeNotOfSubject, Ask("كم راتب الطاهي في لبنان؟").Declined);
        Assert.Equal(DeclineReason.AttributeNotOfSubject, Ask("كم راتب الطاهي اللبناني؟").Declined);
    }

    [Fact]
    public void A_year_of_a_kind_is_placed_by_the_word_after_its_kind()
    {
        var last = Ask("كم ممرضا غادر المستشفيات الحكومية العام الماضي؟");
        var other = Ask("كم ممرضا غادر المستشفيات الحكومية عام 2023؟");

        Assert.True(last.Answered, last.Declined?.ToString());
        Assert.StartsWith("وغادر نحو ربع", last.Passages[0].Passage.Text, StringComparison.Ordinal);
        Assert.Equal(DeclineReason.YearNotInAnswer, other.Declined);
    }

    [Fact]
    public void An_offices_nationality_is_met_by_a_briefing_about_that_country()
    {
        var answer = Ask("ماذا قال وزير الصحة التونسي؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وقال وزير الصحة،", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
        Assert.False(Ask("ماذا قال وزير الصحة المغربي؟").Answered);
    }

    [Fact]
    public void A_vision_named_by_its_year_is_a_plan_not_a_view_asked_for()
    {
        Assert.Empty(QuestionShape.Of("ما الهدف الذي حددته رؤية الكويت 2035 للقطاع الخاص؟").SaidByName);
        Assert.Empty(QuestionShape.Of("ما الهدف الذي حددته رؤية 2030 لعمل المرأة؟").SaidByName);
        Assert.Equal("الوزير", QuestionShape.Of("ما رؤية الوزير للإصلاح؟").SaidBy);

        var answer = Ask("ما الهدف الذي حددته رؤية الكويت 2035 للقطاع الخاص؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتهدف رؤية الكويت", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
