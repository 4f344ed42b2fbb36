using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Limits how many questions one user asks per minute (a sliding window per platform, user and community), so one
/// member cannot monopolise the bot. A community's moderators may set their own rate; the window's key carries the
/// rate, so a changed setting takes effect at once. Refusals are immediate: nothing queues.
/// </summary>
public sealed class QuestionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<(IncomingMessage Message, string? Community, int PerMinute)> _limiter;

    public QuestionRateLimiter(IOptions<ChatOptions> options)
    {
        var perMinute = options.Value.QuestionsPerMinute;
        PerMinute = perMinute;
        _limiter = PartitionedRateLimiter.Create<(IncomingMessage Message, string? Community, int PerMinute), string>(key =>
            RateLimitPartition.GetSlidingWindowLimiter(
                key.Message.Platform + ":" + key.Message.UserId + "|" + key.Community + "|" + key.PerMinute,
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = key.PerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
    }

    public int PerMinute { get; }

    public bool TryAcquire(IncomingMessage message) => TryAcquire(message, null, PerMinute);

    /// <summary>Takes one question from the member's window in <paramref name="community"/>, at its rate.</summary>
    public bool TryAcquire(IncomingMessage message, string? community, int perMinute)
    {
        using var lease = _limiter.AttemptAcquire((message, community, perMinute));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
