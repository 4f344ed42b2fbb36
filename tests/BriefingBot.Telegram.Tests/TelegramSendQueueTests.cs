using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Tests;

public sealed class TelegramSendQueueTests
{
    [Fact]
    public async Task Messages_to_one_chat_keep_their_order_and_are_spaced_by_the_per_chat_limit()
    {
        // Time is the queue's own clock, moved by hand: on a busy machine a thread can be held between the queue
        // letting a message go and the send starting, so wall-clock gaps between sends prove nothing either way.
        var time = new FakeTimeProvider();
        using var queue = Queue(new TelegramSendLimits { PerChatPerSecond = 4 }, time);
        var sent = new List<(int N, TimeSpan At)>();
        var started = time.GetTimestamp();

        var sends = Enumerable.Range(1, 3).Select(n => queue.SendAsync(7, isGroup: false, _ =>
        {
            lock (sent)
            {
                sent.Add((n, time.GetElapsedTime(started)));
            }

            return Task.FromResult(n);
        }, CancellationToken.None)).ToList();

        await Eventually(() => Count(sent) == 1);
        time.Advance(TimeSpan.FromMilliseconds(249));
        await Task.Delay(100);
        Assert.Equal(1, Count(sent));
        time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually(() => Count(sent) == 2);
        time.Advance(TimeSpan.FromMilliseconds(250));
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 3], sent.Select(s => s.N));
        Assert.All(sent.Zip(sent.Skip(1)), pair => Assert.True(pair.Second.At - pair.First.At >= TimeSpan.FromMilliseconds(250), $"only {(pair.Second.At - pair.First.At).TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task Different_chats_do_not_wait_for_each_other()
    {
        var time = new FakeTimeProvider();
        using var queue = Queue(new TelegramSendLimits { PerChatPerSecond = 1 }, time);

        var results = await Task.WhenAll(Enumerable.Range(1, 5).Select(chat => queue.SendAsync(chat, isGroup: false, _ => Task.FromResult(chat), CancellationToken.None))).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 3, 4, 5], results);
    }

    [Fact]
    public async Task A_server_error_is_retried_after_a_back_off_and_a_bad_request_is_not()
    {
        using var queue = Queue(new TelegramSendLimits { InitialBackoff = TimeSpan.FromMilliseconds(50) });
        var calls = 0;

        var result = await queue.SendAsync(8, isGroup: true, _ => ++calls == 1 ? throw new ApiRequestException("Bad Gateway", 502) : Task.FromResult("ok"), CancellationToken.None);
        var badCalls = 0;
        await Assert.ThrowsAsync<ApiRequestException>(() => queue.SendAsync<string>(9, isGroup: false, _ =>
        {
            badCalls++;
            throw new ApiRequestException("Bad Request: can't parse entities", 400);
        }, CancellationToken.None));

        Assert.Equal(("ok", 2), (result, calls));
        Assert.Equal(1, badCalls);
    }

    [Fact]
    public async Task A_429_waits_retry_after_and_gives_up_after_the_configured_retries()
    {
        using var queue = Queue(new TelegramSendLimits { MaxRetries = 1 });
        var attempts = new List<DateTimeOffset>();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => queue.SendAsync<string>(10, isGroup: false, _ =>
        {
            attempts.Add(DateTimeOffset.UtcNow);
            throw new ApiRequestException("Too Many Requests: retry after 1", 429, new ResponseParameters { RetryAfter = 1 });
        }, CancellationToken.None));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(0.95));
    }

    private static TelegramSendQueue Queue(TelegramSendLimits limits, TimeProvider? time = null) =>
        new(Options.Create(new TelegramOptions { Limits = limits }), new BriefingBot.Adapters.SecretRedactor([]), NullLogger<TelegramSendQueue>.Instance, time ?? TimeProvider.System);

    private static int Count(List<(int N, TimeSpan At)> sent)
    {
        lock (sent)
        {
            return sent.Count;
        }
    }

    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not become true within 10 s");
            await Task.Delay(10);
        }
    }
}
