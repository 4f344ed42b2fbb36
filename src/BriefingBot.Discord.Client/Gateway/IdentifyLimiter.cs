namespace BriefingBot.Discord.Client.Gateway;

/// <summary>
/// One IDENTIFY per interval (5 s) for our single shard, plus the daily session-start budget
/// reported by <c>GET /gateway/bot</c>; exceeding either gets the token reset by Discord.
/// </summary>
internal sealed class IdentifyLimiter(TimeSpan interval, TimeProvider timeProvider)
{
    private DateTimeOffset? _lastIdentify;

    public async Task WaitAsync(Models.SessionStartLimit? limit, CancellationToken cancellationToken)
    {
        if (limit is { Remaining: <= 0, ResetAfter: > 0 })
        {
            await Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (_lastIdentify is { } last)
        {
            var wait = last + interval - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        _lastIdentify = timeProvider.GetUtcNow();
    }
}
