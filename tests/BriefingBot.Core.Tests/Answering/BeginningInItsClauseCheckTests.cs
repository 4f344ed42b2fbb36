using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى افتتح مستشفى سهلول؟» asks the time of the hospital's opening: a passage that names the hospital only as where a
/// speaker works, with a time of something else in another clause («… بمستشفى سهلول في سوسة، إنه يدرس الألمانية كل مساء منذ
/// سنة»), does not date it.
/// </summary>
public sealed class BeginningInItsClauseCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-08-doctors",
        new DateOnly(2026, 12, 8),
        "ويقول يوسف الخميري، وهو طبيب مقيم في الجراحة العامة بمستشفى سهلول في سوسة، إنه يدرس الألمانية كل مساء منذ سنة.",
        "وكان مستشفى فرحات حشاد، الذي يستقبل مرضى الوسط، قد افتتح عام 1981 في وسط المدينة، وهو اليوم الأكبر في الولاية.");

    [Fact]
    public void A_thing_named_only_in_a_clause_without_a_time_is_not_dated_by_the_passages_other_time()
    {
        var answer = Ask("متى افتتح مستشفى سهلول؟");

        Assert.Equal(DeclineReason.TimeNotOfEvent, answer.Declined);
    }

    [Fact]
    public void A_thing_named_in_the_clause_of_its_time_is_dated_past_a_relative_clause()
    {
        var answer = Ask("متى افتتح مستشفى فرحات حشاد؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
