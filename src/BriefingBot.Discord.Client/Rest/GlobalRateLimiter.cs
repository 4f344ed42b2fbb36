namespace BriefingBot.Discord.Client.Rest;

/// <summary>
/// Discord's bot-wide limit (50 requests per second by default) plus any global 429 the server imposed.
/// Fixed one-second windows keep it simple and slightly conservative.
/// </summary>
internal sealed class GlobalRateLimiter(int requestsPerSecond, TimeProvider timeProvider)
{
    private static TimeSpan Window => TimeSpan.FromSeconds(1);

    private readonly int _perSecond = requestsPerSecond >= 1 ? requestsPerSecond : throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "Discord:GlobalRequestsPerSecond must be at least 1.");
    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _count;
    private DateTimeOffset _blockedUntil = DateTimeOffset.MinValue;

    public void BlockFor(TimeSpan delay)
    {
        lock (_lock)
        {
            var until = timeProvider.GetUtcNow() + delay;
            if (until > _blockedUntil)
            {
                _blockedUntil = until;
            }
        }
    }

    /// <summary>How long a global 429 still holds every request back; zero when none does.</summary>
    public TimeSpan BlockedFor()
    {
        lock (_lock)
        {
            var left = _blockedUntil - timeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var delay = TryAcquire();
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan TryAcquire()
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            if (now < _blockedUntil)
            {
                return _blockedUntil - now;
            }

            if (now - _windowStart >= Window)
            {
                _windowStart = now;
                _count = 0;
            }

            if (_count < _perSecond)
            {
                _count++;
                return TimeSpan.Zero;
            }

            return _windowStart + Window - now;
        }
    }
}
