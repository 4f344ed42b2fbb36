using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «كم تبعد بغداد عن العقبة؟» asks a distance by its verb, which news seldom uses: the distance is given in units of
/// length by a passage naming both places («من العقبة إلى بغداد نحو ألف وأربعمئة كيلومتر»), and by none that names one
/// of them only.
/// </summary>
public sealed class DistanceByItsVerbCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-11-aqaba",
        new DateOnly(2026, 12, 11),
        "ويمتد الطريق البري من العقبة إلى بغداد نحو ألف وأربعمئة كيلومتر، يقع أكثر من نصفها في الصحراء الغربية العراقية.",
        "وتصل بضائع أخرى إلى البصرة بحرًا عبر قناة السويس، في رحلة تستغرق نحو ثلاثة أسابيع.");

    [Fact]
    public void A_distance_asked_by_its_verb_is_given_in_units_of_length_where_both_places_are_named()
    {
        var answer = Ask("كم تبعد بغداد عن العقبة؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_length_from_one_of_the_places_to_another_is_not_the_distance_asked()
    {
        var answer = Ask("كم تبعد بغداد عن البصرة؟");

        Assert.False(answer.Answered);
    }

    [Fact]
    public void The_places_of_a_distance_are_its_ends_not_where_its_news_happens()
    {
        Assert.Contains("بغداد", QuestionShape.Of("كم تبعد بغداد عن العقبة؟").RelatedPlaces);
    }
}
