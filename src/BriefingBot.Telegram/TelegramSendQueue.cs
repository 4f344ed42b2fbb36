using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using BriefingBot.Adapters;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace BriefingBot.Telegram;

/// <summary>
/// Sends messages in the order they were queued per chat, within Telegram's flood limits (about one message
/// a second per chat, twenty a minute per group, thirty a second overall). A 429 is honoured by waiting its
/// <c>retry_after</c>; server errors and network failures are retried with a doubling back-off.
/// </summary>
internal sealed partial class TelegramSendQueue : IDisposable
{
    // Per-chat order without a lock object per chat forever: chats hash onto a fixed set of gates.
    private const int GateCount = 256;

    // Chats whose last send is older than the spacing need no entry; past this many entries they are pruned.
    private const int SpacingEntriesBeforePruning = 4096;

    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, GateCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    // The line in front of each gate: answers queue here, so at most one waits at the gate itself and a note sent ahead
    // (SendAheadAsync) goes next, not behind a whole burst.
    private readonly SemaphoreSlim[] _lines = Enumerable.Range(0, GateCount).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private readonly int[] _ahead = new int[GateCount];

    private readonly ConcurrentDictionary<long, long> _lastSendByChat = new();
    private readonly TimeSpan _perChatSpacing;
    private readonly TimeProvider _time;
    private readonly PartitionedRateLimiter<Destination> _limiter;
    private readonly TelegramSendLimits _limits;
    private readonly SecretRedactor _redactor;
    private readonly ILogger<TelegramSendQueue> _logger;

    public TelegramSendQueue(IOptions<TelegramOptions> options, SecretRedactor redactor, ILogger<TelegramSendQueue> logger)
        : this(options, redactor, logger, TimeProvider.System)
    {
    }

    internal TelegramSendQueue(IOptions<TelegramOptions> options, SecretRedactor redactor, ILogger<TelegramSendQueue> logger, TimeProvider time)
    {
        _time = time;
        _limits = options.Value.Limits;
        _redactor = redactor;
        _logger = logger;
        _perChatSpacing = TimeSpan.FromSeconds(1 / _limits.PerChatPerSecond);
        var perGroup = PartitionedRateLimiter.Create<Destination, long>(d => d.IsGroup
            ? RateLimitPartition.GetSlidingWindowLimiter(d.ChatId, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = _limits.PerGroupPerMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 12,
                QueueLimit = 10_000,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(0L));
        var overall = PartitionedRateLimiter.Create<Destination, int>(_ => RateLimitPartition.GetTokenBucketLimiter(0, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _limits.OverallPerSecond,
            TokensPerPeriod = _limits.OverallPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
        _limiter = PartitionedRateLimiter.CreateChained(perGroup, overall);
    }

    /// <summary>
    /// Sends one message to a chat once the limits allow, retrying what Telegram asks to retry. While the limits hold it
    /// back, <paramref name="whileHeldBack"/> is called every <see cref="TelegramSendLimits.HeldBackTypingInterval"/> with
    /// how long it has waited, until it goes out.
    /// </summary>
    public async Task<T> SendAsync<T>(long chatId, bool isGroup, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken, Func<HeldBack, CancellationToken, Task>? whileHeldBack = null)
    {
        var index = (int)((ulong)chatId % GateCount);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pulses = whileHeldBack is null ? Task.CompletedTask : PulseWhileHeldBackAsync(whileHeldBack, _time.GetTimestamp(), waiting.Token);
        try
        {
            await _lines[index].WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // A note waiting to go ahead takes the gate first: the answer steps back behind it.
                await _gates[index].WaitAsync(cancellationToken).ConfigureAwait(false);
                while (Volatile.Read(ref _ahead[index]) > 0)
                {
                    _gates[index].Release();
                    await Task.Yield();
                    await _gates[index].WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _lines[index].Release();
            }

            try
            {
                await WaitForChatSpacingAsync(chatId, cancellationToken).ConfigureAwait(false);
                using var lease = await _limiter.AcquireAsync(new Destination(chatId, isGroup), 1, cancellationToken).ConfigureAwait(false);
                await waiting.CancelAsync().ConfigureAwait(false);
                await pulses.ConfigureAwait(false);
                _lastSendByChat[chatId] = _time.GetTimestamp();
                return await WithRetriesAsync(send, _limits, _redactor, _logger, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gates[index].Release();
            }
        }
        finally
        {
            await waiting.CancelAsync().ConfigureAwait(false);
            await pulses.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends one message to a chat ahead of the answers waiting for it (right after the one going out), within the same
    /// limits: for a short note that the answers are queued, which is no use behind them.
    /// </summary>
    public async Task<T> SendAheadAsync<T>(long chatId, bool isGroup, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        var index = (int)((ulong)chatId % GateCount);
        var gate = _gates[index];
        Interlocked.Increment(ref _ahead[index]);
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _ahead[index]);
        }

        try
        {
            await WaitForChatSpacingAsync(chatId, cancellationToken).ConfigureAwait(false);
            using var lease = await _limiter.AcquireAsync(new Destination(chatId, isGroup), 1, cancellationToken).ConfigureAwait(false);
            _lastSendByChat[chatId] = _time.GetTimestamp();
            return await WithRetriesAsync(send, _limits, _redactor, _logger, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task PulseWhileHeldBackAsync(Func<HeldBack, CancellationToken, Task> whileHeldBack, long since, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(_limits.HeldBackTypingInterval, _time, cancellationToken).ConfigureAwait(false);
                await whileHeldBack(new HeldBack(_time.GetElapsedTime(since)), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Sent (or given up): no more pulses.
        }
        catch (Exception ex)
        {
            // A courtesy failed (typing…, the note); the answer still goes out.
            LogHeldBackCourtesyFailed(_redactor.Redact(ex.Message));
        }
    }

    // Spacing is measured from the moment the previous message to this chat actually went out. A token bucket
    // refills on its own timer, so a send delayed past the next refill would let the following one go straight
    // after it: the average holds but two messages land together, which is what Telegram's per-chat limit punishes.
    private async Task WaitForChatSpacingAsync(long chatId, CancellationToken cancellationToken)
    {
        if (_lastSendByChat.TryGetValue(chatId, out var last))
        {
            var wait = _perChatSpacing - _time.GetElapsedTime(last);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }

        if (_lastSendByChat.Count > SpacingEntriesBeforePruning)
        {
            PruneSpacingEntries();
        }
    }

    private void PruneSpacingEntries()
    {
        foreach (var entry in _lastSendByChat)
        {
            if (_time.GetElapsedTime(entry.Value) >= _perChatSpacing)
            {
                // Removes only if unchanged, so a send that just refreshed the entry keeps it.
                _lastSendByChat.TryRemove(entry);
            }
        }
    }

    /// <summary>Runs a Bot API call, retrying 429 (after <c>retry_after</c>), 5xx and network failures (with back-off).</summary>
    internal static async Task<T> WithRetriesAsync<T>(
        Func<CancellationToken, Task<T>> call,
        TelegramSendLimits limits,
        SecretRedactor redactor,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var backoff = limits.RetryBackoff().Start();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt <= limits.MaxRetries && !cancellationToken.IsCancellationRequested && RetryDelay(ex, backoff) is { } delay)
            {
                LogRetrying(logger, attempt, delay.TotalSeconds, redactor.Redact(ex.Message));
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// How long to wait before retrying, or null when retrying cannot help (a bad request, say). A cancellation
    /// reaching here is a timed-out request (callers check their own token first), so it is retried like a network failure.
    /// </summary>
    internal static TimeSpan? RetryDelay(Exception exception, Backoff backoff)
    {
        switch (exception)
        {
            case ApiRequestException { ErrorCode: 429 } tooMany:
                return TimeSpan.FromSeconds(Math.Max(1, tooMany.Parameters?.RetryAfter ?? 1));
            case ApiRequestException { ErrorCode: >= 500 }:
            case RequestException when exception is not ApiRequestException:
            case HttpRequestException:
            case OperationCanceledException:
                return backoff.Next();
            default:
                return null;
        }
    }

    public void Dispose()
    {
        _limiter.Dispose();
        foreach (var gate in _gates.Concat(_lines))
        {
            gate.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram call failed (attempt {Attempt}), retrying in {DelaySeconds:F1} s: {Error}")]
    private static partial void LogRetrying(ILogger logger, int attempt, double delaySeconds, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Telegram: a courtesy while an answer was held back failed: {Error}")]
    private partial void LogHeldBackCourtesyFailed(string error);

    private readonly record struct Destination(long ChatId, bool IsGroup);
}

/// <summary>An answer the send limits hold back, and how long it has waited so far.</summary>
internal readonly record struct HeldBack(TimeSpan Waited);
