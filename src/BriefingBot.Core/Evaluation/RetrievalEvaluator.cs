namespace BriefingBot.Core.Evaluation;

/// <summary>Runs every benchmark question through a retriever and scores the rankings.</summary>
public static class RetrievalEvaluator
{
    public static RetrievalMetrics Evaluate(IRetriever retriever, BenchmarkSet set, CancellationToken cancellationToken = default)
    {
        var ranks = new List<int?>(set.Questions.Count);
        foreach (var q in set.Questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ranked = retriever.Rank(q.Question, 10);
            int? rank = null;
            for (var i = 0; i < ranked.Count; i++)
            {
                if (q.Gold.Contains(ranked[i]))
                {
                    rank = i + 1;
                    break;
                }
            }

            ranks.Add(rank);
        }

        return RetrievalMetrics.FromRanks(ranks);
    }
}
