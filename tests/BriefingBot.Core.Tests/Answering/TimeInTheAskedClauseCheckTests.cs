using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى …؟» is answered by a time in the clause that tells what it asks: a passage that names the castle in one clause and
/// dates the markets' return in the next («إن القلعة بنيت على تلة عالية، وإن الأسواق عادت إلى محيطها في أكتوبر») does not
/// say when the castle was built.
/// </summary>
public sealed class TimeInTheAskedClauseCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-14-clauses",
        new DateOnly(2026, 11, 14),
        "وتقول البلدية إن القلعة بنيت على تلة عالية وسط المدينة، وإن الأسواق الشعبية عادت إلى محيطها في أكتوبر الماضي.",
        "وافتتحت المكتبة العامة في حي الشميساني عام 2019، وتضم أكثر من مئة ألف كتاب.",
        "ودخل خط الحافلات السريع، الذي يبلغ طوله عشرين كيلومترًا، الخدمة في مايو 2024 بعد سنوات من التأخير.",
        "ويقول السكان إن الحي القديم يحتاج إلى مواقف للسيارات قرب البوابات.");

    [Fact]
    public void A_time_in_another_clause_does_not_say_when_the_asked_thing_happened()
    {
        var answer = Ask("متى بنيت القلعة؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.TimeNotOfEvent, answer.Declined);
    }

    [Theory]
    [InlineData("متى افتتحت المكتبة العامة؟", "وافتتحت المكتبة")]
    [InlineData("متى عادت الأسواق الشعبية؟", "وتقول البلدية")]
    [InlineData("متى دخل خط الحافلات السريع؟", "ودخل خط الحافلات")]
    public void A_time_in_the_clause_that_tells_it_answers(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_clause_set_off_by_commas_does_not_end_the_clause_it_interrupts()
    {
        const string text = "ودخل خط الحافلات السريع، الذي يبلغ طوله عشرين كيلومترًا، الخدمة في مايو 2024، وتأخر خط آخر.";

        var clause = TimeInClauseCheck.ClauseAt(text, new TextSpan(text.IndexOf("خط", StringComparison.Ordinal), 2));

        Assert.Equal("ودخل خط الحافلات السريع الخدمة في مايو 2024", clause);
    }
}
