using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A briefing two of whose best hits hold the same question word is about it (<see cref="SaidAgainRescorer"/>), on a real
/// index: its hits gain the weight, in their own order; a briefing that says each of the question's words once does not.
/// </summary>
public sealed class SaidAgainRescorerTests
{
    /// <summary>Balloons said in two paragraphs of one briefing; the weather said once, by the way, in a ferry story.</summary>
    private static readonly Briefing[] Flights =
    [
        Indexes.Briefing(
            "balloons", new DateOnly(2026, 12, 31),
            "وتحلق البالونات فوق معابد البر الغربي كل صباح منذ ثلاثين عاما.",
            "وتوقفت رحلات البالون أربعة أيام هذا الشهر بسبب الرياح.",
            "ويقول الطيارون إن البالون لا يقلع إذا تجاوزت سرعة الرياح عشرة كيلومترات في الساعة."),
        Indexes.Briefing(
            "ferries", new DateOnly(2026, 12, 30),
            "وتوقفت رحلات العبارات بين الجزيرتين ثلاثة أيام بسبب سوء الطقس."),
        Indexes.Briefing(
            "bread", new DateOnly(2026, 12, 29),
            "وارتفعت أسعار الخبز في الأسواق الشعبية.",
            "وافتتحت الوزارة مدرسة جديدة في البلدة."),
    ];

    private const string Question = "كم يوما توقفت رحلات البالون بسبب الطقس؟";

    /// <summary>The rule alone: a word two hits of a briefing share is otherwise rescored at the average length (<see cref="SharedWordRescorer"/>).</summary>
    private static readonly SearchTuning Alone = SearchTuning.Default with { SharedWordFlattening = 0 };

    private static Dictionary<string, float> Scores(SearchTuning tuning)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(Flights, "test");
        return index.Search(new PassageSearch(index.Analyze(Question), 5)).Hits.ToDictionary(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}", h => h.Score);
    }

    [Fact]
    public void The_hits_of_a_briefing_that_says_a_question_word_again_gain_the_weight_and_those_of_one_that_says_it_once_do_not()
    {
        var with = Scores(Alone);
        var without = Scores(Alone with { SaidAgainWeight = 0 });

        Assert.Equal(1 + SearchTuning.Default.SaidAgainWeight, with["balloons/2"] / without["balloons/2"], 3);
        Assert.Equal(1 + SearchTuning.Default.SaidAgainWeight, with["balloons/3"] / without["balloons/3"], 3);
        Assert.Equal(1, with["ferries/1"] / without["ferries/1"], 3);
    }

    [Fact]
    public void The_passages_of_a_briefing_that_says_a_question_word_again_keep_their_order_among_themselves()
    {
        static List<string> Balloons(Dictionary<string, float> scores) =>
            [.. scores.Where(s => s.Key.StartsWith("balloons", StringComparison.Ordinal)).OrderByDescending(s => s.Value).Select(s => s.Key)];

        Assert.Equal(Balloons(Scores(Alone with { SaidAgainWeight = 0 })), Balloons(Scores(Alone)));
    }
}
