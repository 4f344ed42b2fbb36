using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A line's length is told as the distance it runs between its ends («على مسافة سبعمئة وخمسين كيلومترًا»), and a distance
/// by a length: the measure asked is given either way.
/// </summary>
public sealed class LengthByDistanceCheckTests() : BriefingsAnswerSpec(Railway)
{
    private static readonly Briefing Railway = Indexes.TitledBriefing(
        "2026-12-07-railway",
        "جيبوتي: ميناء وقطار إلى أديس أبابا",
        "ويربط خط السكة الحديد الكهربائي، الذي بنته شركتان صينيتان وافتتح عام 2018، بين جيبوتي وأديس أبابا على مسافة سبعمئة وخمسين كيلومترًا، ويقطعها قطار الشحن في نحو اثنتي عشرة ساعة.",
        "ويطالب سكان القرى بمحطات على طول الخط حتى يستفيدوا منه.");

    [Fact]
    public void The_length_of_a_line_is_given_by_the_distance_it_runs()
    {
        var answer = Ask("كم يبلغ طول خط السكة الحديد بين جيبوتي وأديس أبابا؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
