namespace BriefingBot.Core.Evaluation;

/// <summary>Runs every benchmark question through a retriever and scores the rankings.</summary>
public static class RetrievalEvaluator
{
    public static RetrievalMetrics Evaluate(IRetriever retriever, BenchmarkSet set, CancellationToken cancellationToken = default) =>
        RetrievalMetrics.FromRanks(Rank(retriever, set, cancellationToken).Select(r => r.GoldRank).ToList());

    /// <summary>Each question's top 10 and the 1-based rank of its first gold passage (null beyond 10), in the set's order.</summary>
    public static IReadOnlyList<QuestionRanking> Rank(IRetriever retriever, BenchmarkSet set, CancellationToken cancellationToken = default)
    {
        var rankings = new List<QuestionRanking>(set.Questions.Count);
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

            rankings.Add(new QuestionRanking(q, ranked, rank));
        }

        return rankings;
    }
}

/// <summary>One question's ranked passage ids and where its first gold passage came (null: not in the top 10).</summary>
public sealed record QuestionRanking(BenchmarkQuestion Question, IReadOnlyList<string> Ranked, int? GoldRank)
{
    public bool IsMissAt1 => GoldRank != 1;
}
