using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وفي رأي العبيدي، فإن»: «في رأي» names whose judgement it is, as «في تقدير / نظر» do, and a surname there points back to
/// the speaker met before, as after «وبحسب».
/// </summary>
public class SpeakerInTheOpinionOfTests
{
    [Fact]
    public void A_surname_after_in_the_opinion_of_points_back_to_the_speaker_met_before() => AssertSpeakers(
        ["وقال رئيس لجنة الأهالي أيمن العبيدي إن اللجنة غاضبة.", "وفي رأي العبيدي، فإن اللجنة لم تتسلم التقرير."],
        (1, "أيمن العبيدي"));

    [Fact]
    public void A_full_name_after_in_the_opinion_of_speaks()
    {
        Assert.Equal("أيمن العبيدي", SpeakerOf("وفي رأي أيمن العبيدي، رئيس لجنة الأهالي، فإن اللجنة لم تتسلم التقرير."));
    }
}
