using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Limits how many questions one user asks per minute (a sliding window per platform and user), so one
/// member cannot monopolise the bot. Refusals are immediate: nothing queues.
/// </summary>
public sealed class QuestionRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<IncomingMessage> _limiter;

    public QuestionRateLimiter(IOptions<ChatOptions> options)
    {
        var perMinute = options.Value.QuestionsPerMinute;
        PerMinute = perMinute;
        _limiter = PartitionedRateLimiter.Create<IncomingMessage, string>(message =>
            RateLimitPartition.GetSlidingWindowLimiter(
                message.Platform + ":" + message.UserId,
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
    }

    public int PerMinute { get; }

    public bool TryAcquire(IncomingMessage message)
    {
        using var lease = _limiter.AttemptAcquire(message);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
