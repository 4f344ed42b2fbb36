namespace BriefingBot.Benchmarks.Corpus;

/// <summary>A deterministic sample of real benchmark questions, so query terms follow real usage.</summary>
public static class QuerySample
{
    public static IReadOnlyList<string> Draw(IEnumerable<string> questions, int count, int seed)
    {
        var pool = questions.Where(q => !string.IsNullOrWhiteSpace(q)).ToArray();
        if (pool.Length == 0)
        {
            throw new InvalidOperationException("No questions to sample from.");
        }

        new Random(seed).Shuffle(pool);
        return Enumerable.Range(0, count).Select(i => pool[i % pool.Length]).ToList();
    }
}
