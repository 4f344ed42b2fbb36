using BriefingBot.Core.Evaluation;

namespace BriefingBot.Core.Tests.Evaluation;

public class RetrievalMetricsTests
{
    [Fact]
    public void Recall_and_mrr_follow_the_benchmark_definition()
    {
        var metrics = RetrievalMetrics.FromRanks([1, 2, 4, null]);

        Assert.Equal(4, metrics.Count);
        Assert.Equal(0.25, metrics.RecallAt1, 6);
        Assert.Equal(0.5, metrics.RecallAt3, 6);
        Assert.Equal(0.75, metrics.RecallAt5, 6);
        Assert.Equal((1 + 0.5 + 0.25) / 4, metrics.MrrAt10, 6);
    }

    [Fact]
    public void No_questions_score_zero()
    {
        Assert.Equal(0, RetrievalMetrics.FromRanks([]).Count);
    }
}
