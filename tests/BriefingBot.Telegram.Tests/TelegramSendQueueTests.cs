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
        // The clock moves in small steps until every send is done: a jump made before the queue has registered its
        // wait would leave that wait's timer a full spacing beyond the last move, and nothing would ever fire it.
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

        await AdvanceUntilDone(time, Task.WhenAll(sends), TimeSpan.FromMilliseconds(10));

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

    [Fact]
    public async Task A_message_held_back_pulses_at_the_typing_interval_with_its_wait_and_stops_once_sent_and_a_note_goes_ahead_of_waiting_ones()
    {
        // One message per 10 s to the chat, on the queue's own clock.
        var time = new FakeTimeProvider();
        using var queue = Queue(new TelegramSendLimits { PerChatPerSecond = 0.1, HeldBackTypingInterval = TimeSpan.FromSeconds(4.5) }, time);
        var pulses = new System.Collections.Concurrent.ConcurrentQueue<(int N, TimeSpan Waited)>();
        var sent = new System.Collections.Concurrent.ConcurrentQueue<string>();
        Task<int> Send(int n) => queue.SendAsync(5, isGroup: true, _ =>
        {
            sent.Enqueue("answer " + n);
            return Task.FromResult(n);
        }, CancellationToken.None, (held, _) =>
        {
            pulses.Enqueue((n, held.Waited));
            return Task.CompletedTask;
        });

        await Send(1);
        var second = Send(2);
        var third = Send(3);
        var note = queue.SendAheadAsync(5, isGroup: true, _ =>
        {
            sent.Enqueue("note");
            return Task.FromResult(0);
        }, CancellationToken.None);
        await AdvanceUntilDone(time, Task.WhenAll(second, third, note), TimeSpan.FromSeconds(0.5));

        // The first pulse is armed before SendAsync returns, so it lands on the step at exactly 4.5 s; a later one is
        // armed by the queue's own thread after the previous pulse and may miss steps (a starved thread can push it past
        // the send at 10 s), never fall short of the interval.
        var secondPulses = pulses.Where(p => p.N == 2).Select(p => p.Waited).ToList();
        Assert.InRange(secondPulses.Count, 1, 2);
        Assert.Equal(TimeSpan.FromSeconds(4.5), secondPulses[0]);
        Assert.All(secondPulses.Skip(1), waited => Assert.InRange(waited, TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(pulses, p => p.N == 1);
        var thirdPulses = pulses.Where(p => p.N == 3).Select(p => p.Waited).ToList();
        Assert.InRange(thirdPulses.Count, 4, 12);
        Assert.Equal(thirdPulses.Order(), thirdPulses);
        Assert.Equal(["answer 1", "answer 2", "note", "answer 3"], sent.ToArray());
    }

    private static TelegramSendQueue Queue(TelegramSendLimits limits, TimeProvider? time = null) =>
        new(Options.Create(new TelegramOptions { Limits = limits }), new BriefingBot.Adapters.SecretRedactor([]), NullLogger<TelegramSendQueue>.Instance, time ?? TimeProvider.System);

    // Moves the queue's clock in small steps, with a moment of real time after each for the queue's threads to arm
    // their next timers, until the work is done. One big jump can land before a timer is armed, which then waits a
    // full interval beyond it for a move that never comes.
    private static async Task AdvanceUntilDone(FakeTimeProvider time, Task work, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < deadline)
        {
            time.Advance(step);
            await Task.Delay(5);
        }

        await work.WaitAsync(TimeSpan.FromSeconds(1));
    }
}
