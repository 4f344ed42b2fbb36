using System.Collections.Concurrent;

namespace BriefingBot.Core.Operations;

/// <summary>A chat platform the host is configured to serve; readiness waits for each one to connect.</summary>
public sealed record ExpectedPlatform(string Platform);

/// <summary>Whether one platform is connected now, and why not when it is not.</summary>
public sealed record PlatformState(string Platform, bool IsConnected, string Reason, DateTimeOffset Since);

/// <summary>
/// What each platform adapter last reported about its connection. Adapters report in plain words
/// (connected, or disconnected and why); the core never sees a wire format. Platforms registered as
/// <see cref="ExpectedPlatform"/> start as not connected yet.
/// </summary>
public sealed class PlatformConnectivity
{
    private readonly ConcurrentDictionary<string, PlatformState> _states = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public PlatformConnectivity(IEnumerable<ExpectedPlatform> expected, TimeProvider time)
    {
        _time = time;
        foreach (var platform in expected)
        {
            _states.TryAdd(platform.Platform, new PlatformState(platform.Platform, false, "not connected yet", time.GetUtcNow()));
        }
    }

    public void Connected(string platform) =>
        _states.AddOrUpdate(platform, p => new PlatformState(p, true, "connected", _time.GetUtcNow()), (p, old) => old.IsConnected ? old : new PlatformState(p, true, "connected", _time.GetUtcNow()));

    public void Disconnected(string platform, string reason) =>
        _states[platform] = new PlatformState(platform, false, reason, _time.GetUtcNow());

    public IReadOnlyList<PlatformState> Snapshot() => [.. _states.Values.OrderBy(s => s.Platform, StringComparer.Ordinal)];
}
