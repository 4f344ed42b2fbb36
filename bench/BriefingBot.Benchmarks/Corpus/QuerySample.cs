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

    /// <summary>
    /// Questions to warm a process up with, other than the timed ones where the pool allows: a service that has
    /// run for a while has seen many questions, but not the very ones being timed, so their postings are not
    /// favoured in the page cache or the CPU caches.
    /// </summary>
    public static IReadOnlyList<string> WarmUp(IEnumerable<string> questions, IReadOnlyList<string> timed, int count, int seed)
    {
        var taken = timed.ToHashSet(StringComparer.Ordinal);
        var rest = questions.Where(q => !string.IsNullOrWhiteSpace(q) && !taken.Contains(q)).ToArray();
        return rest.Length == 0 ? Draw(timed, count, seed + 1) : Draw(rest, count, seed + 1);
    }
}
