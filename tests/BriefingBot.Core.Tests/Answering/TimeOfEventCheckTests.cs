using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى …؟» asks the time of what its verb says happened: a passage that names the thing and gives a time of something
/// else («عادت الأسواق إلى القلعة في أكتوبر») does not answer when the castle was built.
/// </summary>
public sealed class TimeOfEventCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-12-events",
        new DateOnly(2026, 11, 12),
        "وعادت الأسواق الشعبية إلى محيط قلعة حلب في أكتوبر الماضي بعد ترميم واجهاتها الحجرية.",
        "وقال رئيس البلدية إن القلعة بنيت على تلة يرتفع منها الحي القديم كله.",
        "وصدر قانون الاستثمار الجديد في مارس الماضي بعد نقاش طويل بين الوزارات.",
        "وتعود الرحلات الجوية بين دمشق وعمّان في الربيع المقبل، بحسب هيئة الطيران.",
        "ويقول التجار إن المطار الجديد سيخدم المدينة كلها حين يكتمل بناؤه.");

    [Theory]
    [InlineData("متى بنيت قلعة حلب؟")]
    [InlineData("متى يكتمل بناء المطار الجديد؟")]
    public void A_time_given_of_something_else_does_not_say_when_it_happened(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.TimeNotOfEvent, answer.Declined);
    }

    [Theory]
    [InlineData("متى صدر قانون الاستثمار؟", "وصدر قانون")]
    [InlineData("متى تعود الرحلات الجوية إلى دمشق؟", "وتعود الرحلات")]
    [InlineData("متى عادت الأسواق الشعبية إلى القلعة؟", "وعادت الأسواق")]
    public void A_time_given_where_the_passage_tells_the_happening_answers(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("متى بنيت قلعة حلب؟", "بنيت")]
    [InlineData("متى الانتخابات؟", null)]
    [InlineData("ما موعد الانتخابات؟", null)]
    [InlineData("كم عدد السكان؟", null)]
    public void The_event_of_a_when_question_is_the_verb_after_its_question_word(string question, string? happening)
    {
        Assert.Equal(happening, QuestionShape.Of(question).Event);
    }
}
