using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A sum asked by a verb of spending in a place the passages name only by its adjective («وزير النقل السوداني») is the
/// sum of whoever the adjective's passage says spent it (FactOfSubjectCheck).
/// </summary>
public sealed class SumOfSpenderTests() : BriefingsAnswerSpec(Quay)
{
    private static readonly Briefing Quay = Indexes.Briefing(
        "2026-12-14-quay",
        new DateOnly(2026, 12, 14),
        "ونزح أكثر من مئة ألف شخص من ولاية الجزيرة في السودان خلال شهر واحد، بحسب منظمة الهجرة.",
        "وقال وزير النقل السوداني أبوبكر الأمين إن الحكومة أنفقت اثني عشر مليون دولار على تأهيل رصيف الركاب في سواكن.");

    [Fact]
    public void A_sum_told_under_a_places_adjective_answers_its_spender_by_a_word_of_its_concept_and_no_other_spender()
    {
        var state = Ask("كم أنفقت الدولة على تأهيل رصيف الركاب في السودان؟");
        var agency = Ask("كم تبرعت منظمة الهجرة لرصيف الركاب في السودان؟");

        Assert.True(state.Answered, state.Declined?.ToString());
        Assert.Equal(DeclineReason.FactNotOfSubject, agency.Declined);
    }
}
