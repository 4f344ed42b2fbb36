using System.Globalization;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// Discord's rate limiting as the fake applies it to one route: a bucket with a number of requests per window
/// (headers on every answer, a <c>user</c>-scoped 429 once it is spent), or a route blocked for a while with a
/// 429 of a given scope (<c>global</c>, <c>shared</c>, <c>user</c>) for every request until the time has passed.
/// </summary>
internal sealed class FakeRouteLimit
{
    private readonly Lock _lock = new();
    private readonly int _limit;
    private readonly TimeSpan _window;
    private readonly string _bucket;
    private readonly string? _blockScope;
    private DateTimeOffset _windowEnd = DateTimeOffset.MinValue;
    private int _used;

    private FakeRouteLimit(int limit, TimeSpan window, string bucket, string? blockScope, DateTimeOffset blockedUntil)
    {
        _limit = limit;
        _window = window;
        _bucket = bucket;
        _blockScope = blockScope;
        _windowEnd = blockedUntil;
    }

    public static FakeRouteLimit Bucket(int limit, TimeSpan window, string bucket) => new(limit, window, bucket, null, DateTimeOffset.MinValue);

    /// <summary>The block starts with the first request it sees, so a slow machine cannot outlast it before it begins.</summary>
    public static FakeRouteLimit Blocked(TimeSpan duration, string scope, string bucket) =>
        new(0, duration, bucket, scope, DateTimeOffset.MinValue);

    /// <summary>Counts the request: null when it may go through (with the headers to add), a 429 when it may not.</summary>
    public (FakeRestResponse? Refusal, Dictionary<string, string> Headers) Admit(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_blockScope is not null)
            {
                if (_windowEnd == DateTimeOffset.MinValue)
                {
                    _windowEnd = now + _window;
                }

                return now < _windowEnd
                    ? (Refuse(_windowEnd - now, _blockScope, remaining: _blockScope == "shared" ? 1 : 0), [])
                    : (null, []);
            }

            if (now >= _windowEnd)
            {
                _windowEnd = now + _window;
                _used = 0;
            }

            if (_used >= _limit)
            {
                return (Refuse(_windowEnd - now, "user", remaining: 0), []);
            }

            _used++;
            return (null, Headers(_limit - _used, _windowEnd - now));
        }
    }

    private Dictionary<string, string> Headers(int remaining, TimeSpan resetAfter) => new()
    {
        ["X-RateLimit-Bucket"] = _bucket,
        ["X-RateLimit-Limit"] = Math.Max(1, _limit).ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset-After"] = Seconds(resetAfter),
    };

    private FakeRestResponse Refuse(TimeSpan retryAfter, string scope, int remaining)
    {
        var global = scope == "global";
        var headers = global
            ? new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" }
            : Headers(remaining, retryAfter);
        headers["X-RateLimit-Scope"] = scope;
        headers["Retry-After"] = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var message = scope == "shared" ? "The resource is being rate limited." : "You are being rate limited.";
        return FakeRestResponse.Json(429, $$"""{"message":"{{message}}","retry_after":{{Seconds(retryAfter)}},"global":{{(global ? "true" : "false")}}}""", headers);
    }

    // Rounded up to the millisecond, as a client that waits exactly this long must find the limit gone.
    private static string Seconds(TimeSpan span) => (Math.Ceiling(Math.Max(0, span.TotalMilliseconds)) / 1000).ToString("0.###", CultureInfo.InvariantCulture);
}
