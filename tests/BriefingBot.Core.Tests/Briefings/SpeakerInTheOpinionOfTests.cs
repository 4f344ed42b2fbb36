using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وفي رأي العبيدي، فإن»: «في رأي» names whose judgement it is, as «في تقدير / نظر» do, and a surname there points back to
/// the speaker met before, as after «وبحسب».
/// </summary>
public class SpeakerInTheOpinionOfTests
{
    [Fact]
    public void A_surname_after_in_the_opinion_of_points_back_to_the_speaker_met_before()
    {
        var passages = Parse("وقال رئيس لجنة الأهالي أيمن العبيدي إن اللجنة غاضبة.\n\nوفي رأي العبيدي، فإن اللجنة لم تتسلم التقرير.");
        Assert.Equal("أيمن العبيدي", passages[1].Speaker);
    }

    [Fact]
    public void A_full_name_after_in_the_opinion_of_speaks()
    {
        Assert.Equal("أيمن العبيدي", Parse("وفي رأي أيمن العبيدي، رئيس لجنة الأهالي، فإن اللجنة لم تتسلم التقرير.")[0].Speaker);
    }

    private static IReadOnlyList<Passage> Parse(string body) =>
        new BriefingParser().Parse($"---\nid: 2027-01-04-opinion\ntitle: رأي\ndate: 2027-01-04\n---\n\n{body}\n").Passages;
}
