using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Last season asked is said in the passage, with what is asked: a harvest's news gives this season's figures, and last
/// season's only where it names that season (or the year before its date), and of what it names there.
/// </summary>
public sealed class LastSeasonAskedCheckTests() : BriefingsAnswerSpec(Gum)
{
    private static readonly Briefing Gum = Indexes.TitledBriefing(
        "2026-12-20-gum",
        "الصمغ العربي: أسواق كردفان في زمن الحرب",
        "وقال تاجر في سوق الأبيض إن سعر قنطار الصمغ بلغ هذا الموسم ثمانين ألف جنيه، وإن المشترين قلّوا بسبب الحرب.",
        "وتراجعت صادرات السمسم من كردفان في الموسم الماضي إلى عشرين ألف طن، بحسب غرفة المصدرين.");

    [Fact]
    public void A_figure_of_this_season_is_no_answer_for_last_season()
    {
        var price = Ask("كم كان سعر قنطار الصمغ في الموسم الماضي؟");

        Assert.Equal(DeclineReason.LastSeasonNotInAnswer, price.Declined);
    }

    [Fact]
    public void Last_season_said_in_the_passage_answers()
    {
        var harvest = Ask("كم طنًا من السمسم صدّرت كردفان في الموسم السابق؟");
        var now = Ask("كم سعر قنطار الصمغ في سوق الأبيض هذا الموسم؟");

        Assert.True(harvest.Answered, harvest.Declined?.ToString());
        Assert.True(now.Answered, now.Declined?.ToString());
    }

    [Fact]
    public void Last_season_is_asked_by_the_season_noun_and_a_word_of_the_past()
    {
        Assert.True(QuestionShape.Of("كم كان سعر القنطار في الموسم الماضي؟").AsksLastSeason);
        Assert.True(QuestionShape.Of("كم جنت تونس من التمر في الموسم الفائت؟").AsksLastSeason);
        Assert.False(QuestionShape.Of("كم سعر القنطار في الموسم المقبل؟").AsksLastSeason);
        Assert.False(QuestionShape.Of("كم كان الإنتاج في العام الماضي؟").AsksLastSeason);
    }
}
