namespace BriefingBot.Discord.Client.Rest;

/// <summary>
/// State of one Discord rate-limit bucket. Requests in a bucket are serialized by <see cref="Gate"/>,
/// so the remaining/reset values from each response are known before the next request goes out.
/// </summary>
internal sealed class RateLimitBucket
{
    // Timers may fire a millisecond or so before the wall clock says the time has passed, and our clock is not
    // Discord's: a request sent exactly at the reset can still meet a 429, so every wait is a little longer.
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(20);

    private readonly Lock _lock = new();
    private int _remaining = 1;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    public bool IsIdle(DateTimeOffset now)
    {
        lock (_lock)
        {
            return Gate.CurrentCount == 1 && _resetAt < now;
        }
    }

    public void Update(int? remaining, TimeSpan? resetAfter, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (remaining is { } r)
            {
                _remaining = r;
            }

            if (resetAfter is { } after)
            {
                _resetAt = now + after + SafetyMargin;
            }
        }
    }

    /// <summary>A per-route 429: nothing more may go out until the server's retry_after has passed.</summary>
    public void BlockFor(TimeSpan delay, DateTimeOffset now)
    {
        lock (_lock)
        {
            _remaining = 0;
            var until = now + delay + SafetyMargin;
            if (until > _resetAt)
            {
                _resetAt = until;
            }
        }
    }

    /// <summary>How long the caller must wait before sending; zero when the bucket has budget.</summary>
    public TimeSpan DelayBeforeSend(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_remaining > 0)
            {
                return TimeSpan.Zero;
            }

            if (_resetAt <= now)
            {
                // The window has reset; allow one request and let its headers tell us the new budget.
                _remaining = 1;
                return TimeSpan.Zero;
            }

            return _resetAt - now;
        }
    }
}
