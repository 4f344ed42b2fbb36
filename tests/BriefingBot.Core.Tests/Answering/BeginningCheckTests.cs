using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى بدأ/تنطلق …؟» asks when a named thing began: a time in a passage that never names it («افتتحت للملاحة عام 1869»)
/// dates something else (the canal's opening, not its digging).
/// </summary>
public sealed class BeginningCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-06-canal",
        new DateOnly(2026, 12, 6),
        "وتعد قناة السويس، التي افتتحت للملاحة عام 1869، أحد أكبر مصادر النقد الأجنبي في مصر.",
        "وتنطلق أشغال توسعة القطاع الجنوبي للقناة في مارس المقبل بكلفة مئتي مليون دولار.",
        "ويضم مركز التدريب التابع للهيئة عشرين قاعة للمرشدين الجدد.",
        "وقالت شركة ميرسك إنها لن تعيد سفنها إلى البحر الأحمر قبل ضمانات أمنية طويلة الأمد.");

    [Fact]
    public void A_time_in_a_passage_that_never_names_what_began_does_not_say_when_it_began()
    {
        var answer = Ask("متى بدأ حفر قناة السويس؟");

        Assert.Equal(DeclineReason.TimeNotOfEvent, answer.Declined);
    }

    [Fact]
    public void What_began_named_with_a_time_answers()
    {
        var answer = Ask("متى تنطلق أشغال توسعة القطاع الجنوبي؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Theory]
    [InlineData("متى بدأ حفر قناة السويس؟", "حفر|قناه|السويس")]
    [InlineData("متى تبدأ امتحانات البكالوريا في تونس؟", "امتحانات|البكالوريا")]
    [InlineData("متى تنطلق البطولة القادمة؟", "البطوله")]
    [InlineData("متى بدأ العمل فعليا في الممر؟", "العمل")]
    [InlineData("متى بدأ السوريون يعودون إلى بيوتهم؟", "")]
    [InlineData("متى يبدأ الموسم الزراعي هذا العام؟", "")]
    public void What_begins_is_the_noun_after_the_verb_up_to_a_preposition_a_place_a_time_or_an_adverb(string question, string begun)
    {
        Assert.Equal(begun, string.Join('|', QuestionShape.Of(question).Begun));
    }

    [Fact]
    public void A_thing_made_is_dated_only_where_it_is_named_with_the_time_whoever_else_the_verb_dates()
    {
        var made = Ask("متى افتتحت الهيئة مركز التدريب؟");
        var opened = Ask("متى افتتحت قناة السويس للملاحة؟");

        Assert.Equal(DeclineReason.TimeNotOfEvent, made.Declined);
        Assert.True(opened.Answered, opened.Declined?.ToString());
    }

    [Fact]
    public void A_return_is_dated_only_where_what_returns_is_named_with_the_time()
    {
        var answer = Ask("متى تعود سفن ميرسك إلى القناة؟");

        Assert.Equal(DeclineReason.TimeNotOfEvent, answer.Declined);
    }
}
