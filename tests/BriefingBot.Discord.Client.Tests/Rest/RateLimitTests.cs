using System.Diagnostics;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Client.Tests.Rest;

public sealed class RateLimitTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task Waits_out_retry_after_of_a_per_route_429_then_retries()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.RateLimited(0.3, global: false));

        var clock = Stopwatch.StartNew();
        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" });

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.3) - Tolerance, $"took {clock.ElapsedMilliseconds} ms");
        var requests = harness.Server.RequestsTo("POST", "/channels/100/messages");
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(0.3) - Tolerance);
    }

    [Fact]
    public async Task Waits_out_retry_after_of_a_global_429_then_retries()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.RateLimited(0.3, global: true));

        var clock = Stopwatch.StartNew();
        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" });

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.3) - Tolerance, $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(2, harness.Server.RequestsTo("POST", "/channels/100/messages").Count);
    }

    [Fact]
    public async Task A_global_429_holds_back_requests_on_other_routes_too()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.RateLimited(0.4, global: true));

        var limited = harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" });
        await Eventually.TrueAsync(() => harness.Server.RequestsTo("POST", "/channels/100/messages").Count == 1, "the limited request");
        var clock = Stopwatch.StartNew();
        await Eventually.TrueAsync(() => harness.Logs.Logs.Any(l => l.Message.Contains("global: True", StringComparison.Ordinal)), "the 429 to be processed");
        await harness.Rest.GetCurrentUserAsync();
        await limited;

        var first = harness.Server.RequestsTo("POST", "/channels/100/messages")[0].ReceivedAt;
        var other = harness.Server.RequestsTo("GET", "/users/@me")[0].ReceivedAt;
        Assert.True(other - first >= TimeSpan.FromSeconds(0.4) - Tolerance, $"other route went out after {(other - first).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Waits_for_the_bucket_reset_when_no_requests_remain()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.Json(
            200,
            """{"id":"1","channel_id":"100","content":"a","author":{"id":"42","username":"bot"}}""",
            new Dictionary<string, string>
            {
                ["X-RateLimit-Bucket"] = "messages-bucket",
                ["X-RateLimit-Limit"] = "5",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset-After"] = "0.3",
            }));

        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "a" });
        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "b" });

        var requests = harness.Server.RequestsTo("POST", "/channels/100/messages");
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromSeconds(0.3) - Tolerance,
            $"second request after {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task An_exhausted_bucket_does_not_hold_back_the_same_route_for_another_channel()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.Json(
            200,
            """{"id":"1","channel_id":"100","content":"a","author":{"id":"42","username":"bot"}}""",
            new Dictionary<string, string>
            {
                ["X-RateLimit-Bucket"] = "messages-bucket",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset-After"] = "5",
            }));
        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "a" });

        var clock = Stopwatch.StartNew();
        await harness.Rest.CreateMessageAsync("101", new MessageCreate { Content = "b" });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Requests_queued_before_the_bucket_hash_was_learned_share_one_queue_with_later_ones()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.LimitRoute("POST", "/channels/100/messages", limit: 1, TimeSpan.FromMilliseconds(300), bucket: "messages");

        // The second request queues before any response has named the bucket; the third comes after.
        var first = harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "a" });
        var second = harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "b" });
        await first;
        var third = harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "c" });
        await Task.WhenAll(second, third);

        Assert.Equal(0, harness.Server.RateLimitedCount);
        Assert.Equal(3, harness.Server.CreatedMessages.Count);
    }

    [Fact]
    public async Task A_shared_429_is_waited_out_and_logged_with_its_scope()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.BlockRoute("POST", "/channels/100/messages", TimeSpan.FromMilliseconds(300), "shared");

        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "a" });

        Assert.InRange(harness.Server.RequestsTo("POST", "/channels/100/messages").Count, 2, 3);
        Assert.Contains(harness.Logs.Logs, l => l.Message.Contains("scope shared", StringComparison.Ordinal));
    }
}
