using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace BriefingBot.Discord.Client.Rest;

/// <summary>
/// Maps routes to buckets. Discord reveals which routes share a bucket only through the
/// <c>X-RateLimit-Bucket</c> header, so a route starts in a provisional bucket of its own and
/// moves to <c>hash + major parameter</c> once the hash is known.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider timeProvider)
{
    // Interaction-token routes create a bucket per interaction; prune idle ones past this size.
    private const int PruneThreshold = 512;

    private readonly ConcurrentDictionary<string, string> _routeToHash = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();

    public RateLimitBucket GetBucket(RestRoute route)
    {
        if (_buckets.Count > PruneThreshold)
        {
            Prune();
        }

        return _buckets.GetOrAdd(BucketKey(route), static _ => new RateLimitBucket());
    }

    /// <summary>
    /// Records the response's rate-limit headers on the bucket used and returns the bucket the route maps to from now
    /// on. The first route to reveal a hash hands its own bucket object to it, so the requests already queued on that
    /// object and those that come later share one queue: one bucket object per Discord bucket.
    /// </summary>
    public RateLimitBucket Update(RestRoute route, RateLimitBucket current, HttpResponseHeaders headers)
    {
        var now = timeProvider.GetUtcNow();
        var remaining = ReadInt(headers, "X-RateLimit-Remaining");
        var resetAfter = ReadSeconds(headers, "X-RateLimit-Reset-After");

        current.Update(remaining, resetAfter, now);

        if (ReadString(headers, "X-RateLimit-Bucket") is not { } hash)
        {
            return current;
        }

        var resolved = _buckets.GetOrAdd($"{hash}:{route.MajorParameter}", current);
        _routeToHash[route.RouteKey] = hash;
        if (!ReferenceEquals(resolved, current))
        {
            resolved.Update(remaining, resetAfter, now);
        }

        return resolved;
    }

    private string BucketKey(RestRoute route) =>
        _routeToHash.TryGetValue(route.RouteKey, out var hash)
            ? $"{hash}:{route.MajorParameter}"
            : $"{route.RouteKey}:{route.MajorParameter}";

    private void Prune()
    {
        var now = timeProvider.GetUtcNow();
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.IsIdle(now))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    internal static string? ReadString(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? ReadInt(HttpResponseHeaders headers, string name) =>
        int.TryParse(ReadString(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    internal static TimeSpan? ReadSeconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(ReadString(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
