namespace BriefingBot.Adapters;

/// <summary>
/// How long an adapter waits before trying again after a failure it can outlast (an outage, a 5xx, a dropped
/// connection): <see cref="Initial"/> first, doubling with each failure in a row, never more than <see cref="Max"/>.
/// A rate limit's own wait (Telegram's retry_after, Discord's Retry-After) is not a back-off and is obeyed as given.
/// </summary>
public sealed record BackoffPolicy(TimeSpan Initial, TimeSpan Max)
{
    // 2^30 × any sensible initial delay is far beyond any sensible maximum; the bound keeps the arithmetic finite.
    private const int MaxDoublings = 30;

    /// <summary>The wait after failure number <paramref name="failure"/> in a row (0 for the first).</summary>
    public TimeSpan Delay(int failure)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(failure);
        var ticks = Initial.Ticks * Math.Pow(2, Math.Min(failure, MaxDoublings));
        return ticks < Max.Ticks ? TimeSpan.FromTicks((long)ticks) : Max;
    }

    /// <summary>A counter of failures in a row under this policy, for a loop that retries.</summary>
    public Backoff Start() => new(this);
}

/// <summary>The failures in a row of one retrying loop: each <see cref="Next"/> is the next wait, <see cref="Reset"/> after a success.</summary>
public sealed class Backoff(BackoffPolicy policy)
{
    private int _failures;

    /// <summary>Failures in a row so far.</summary>
    public int Failures => _failures;

    public TimeSpan Next() => policy.Delay(_failures++);

    public void Reset() => _failures = 0;
}
