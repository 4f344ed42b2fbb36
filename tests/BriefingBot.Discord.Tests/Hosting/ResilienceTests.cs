using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>
/// The connection and REST trouble Discord throws at a bot, seen through the adapter: every message is answered
/// exactly once, sessions resume without a new IDENTIFY when they can, and rate limits are waited out.
/// </summary>
public sealed class ResilienceTests
{
    private const string Question = "ماذا قال بولياكوف؟";

    [Fact]
    public async Task After_a_reconnect_request_the_bot_resumes_without_identifying_and_answers_a_replayed_message_once()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.ConnectAsync("session-r");
        await harness.SendMentionAsync(first, "before", Question);
        var sequenceOfBefore = harness.CurrentSequence;
        await Eventually.TrueAsync(() => harness.RepliesTo("before").Count == 1, "the first reply");

        await first.SendReconnectAsync();

        var second = await harness.Server.NextConnectionAsync();
        var resume = await second.WaitForOpAsync(6);
        Assert.Equal("session-r", resume.GetProperty("d").GetProperty("session_id").GetString());
        // Replayed under its old sequence (the client drops it) and under a new one (the adapter must).
        await harness.SendMentionAsync(second, "before", Question, sequence: sequenceOfBefore);
        await harness.SendMentionAsync(second, "before", Question);
        await harness.SendMentionAsync(second, "after", Question);
        await second.SendResumedAsync(harness.NextSequence());

        await Eventually.TrueAsync(() => harness.RepliesTo("after").Count == 1, "the reply after resuming");
        Assert.Single(harness.RepliesTo("before"));
        Assert.Equal(2, harness.ChannelPosts().Count);
        Assert.Single(first.ReceivedWithOp(2));
        Assert.Empty(second.ReceivedWithOp(2));
    }

    [Fact]
    public async Task After_an_abrupt_disconnect_the_bot_resumes_and_answers_the_next_message_once()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.ConnectAsync("session-drop");

        first.Abort();

        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(6);
        await second.SendResumedAsync(harness.NextSequence());
        await harness.SendMentionAsync(second, "m1", Question);
        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the reply after resuming");
        Assert.Single(harness.ChannelPosts());
        Assert.Empty(second.ReceivedWithOp(2));
    }

    [Fact]
    public async Task A_missing_heartbeat_ack_makes_the_bot_reconnect_and_resume()
    {
        await using var harness = await AdapterHarness.StartAsync(configureServer: s => s.HelloIntervalMs = 100);
        var first = await harness.ConnectAsync("session-zombie");

        first.AckHeartbeats = false;

        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(6);
        await second.SendResumedAsync(harness.NextSequence());
        await harness.SendMentionAsync(second, "m1", Question);
        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the reply on the resumed session");
        Assert.Empty(second.ReceivedWithOp(2));
    }

    [Fact]
    public async Task Invalid_session_marked_resumable_resumes_and_the_bot_keeps_answering()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.ConnectAsync("session-9");

        await first.SendInvalidSessionAsync(resumable: true);

        var second = await harness.Server.NextConnectionAsync();
        var resume = await second.WaitForOpAsync(6);
        Assert.Equal("session-9", resume.GetProperty("d").GetProperty("session_id").GetString());
        await second.SendResumedAsync(harness.NextSequence());
        await harness.SendMentionAsync(second, "m1", Question);
        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the reply");
        Assert.Empty(second.ReceivedWithOp(2));
    }

    [Fact]
    public async Task Invalid_session_not_resumable_identifies_anew_and_the_bot_keeps_answering()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.ConnectAsync("session-old");

        await first.SendInvalidSessionAsync(resumable: false);

        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(2);
        Assert.Empty(second.ReceivedWithOp(6));
        await second.SendReadyAsync("session-new", 1);
        await second.SendMentionAsyncOn(harness, "m1", Question, sequence: 2);
        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the reply on the new session");
        Assert.Single(harness.ChannelPosts());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_rate_limited_reply_waits_out_retry_after_then_goes_out_once(bool global)
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Server.Enqueue("POST", $"/channels/{AdapterHarness.ChannelId}/messages", FakeRestResponse.RateLimited(0.5, global));
        var connection = await harness.ConnectAsync();

        await harness.SendMentionAsync(connection, "m1", Question);

        await Eventually.TrueAsync(() => harness.ChannelPosts().Count == 2, "the retried reply");
        var (refused, sent) = (harness.ChannelPosts()[0], harness.ChannelPosts()[1]);
        Assert.True(sent.ReceivedAt - refused.ReceivedAt >= TimeSpan.FromMilliseconds(450), $"retried after {(sent.ReceivedAt - refused.ReceivedAt).TotalMilliseconds} ms");
        Assert.Equal(refused.Body, sent.Body);
        Assert.Contains(harness.Logs.Logs, l => l.Message.Contains("429", StringComparison.Ordinal) || l.Message.Contains("rate limit", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, harness.RepliesTo("m1").Count);
    }

    [Fact]
    public async Task An_interaction_is_acknowledged_while_an_earlier_reply_is_still_waiting_out_a_rate_limit()
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Server.Enqueue("POST", $"/channels/{AdapterHarness.ChannelId}/messages", FakeRestResponse.RateLimited(1.0, global: false));
        var connection = await harness.ConnectAsync();

        await harness.SendMentionAsync(connection, "m1", Question);
        await Eventually.TrueAsync(() => harness.ChannelPosts().Count == 1, "the rate-limited first attempt");
        await harness.SendSlashCommandAsync(connection, "i1", "ask", Question);

        await Eventually.TrueAsync(() => harness.ChannelPosts().Count == 2 && harness.OriginalEdits("i1").Count == 1, "both answers");
        Assert.True(harness.Callbacks("i1")[0].ReceivedAt < harness.ChannelPosts()[1].ReceivedAt, "the acknowledgement must not queue behind the rate-limited reply");
    }

    [Fact]
    public async Task A_reply_that_meets_server_errors_is_retried_until_it_goes_out()
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Server.Enqueue("POST", $"/channels/{AdapterHarness.ChannelId}/messages", FakeRestResponse.ServerError(502), FakeRestResponse.ServerError(503));
        var connection = await harness.ConnectAsync();

        await harness.SendMentionAsync(connection, "m1", Question);

        await Eventually.TrueAsync(() => harness.ChannelPosts().Count == 3, "two failures and the reply");
        Assert.Single(harness.ChannelPosts().Select(p => p.Body).Distinct());
        Assert.DoesNotContain(harness.Logs.Logs, l => l.Message.Contains("could not send", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_whose_success_was_hidden_by_a_server_error_is_posted_once()
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Server.Enqueue("POST", $"/channels/{AdapterHarness.ChannelId}/messages", FakeRestResponse.ServerErrorAfterCommit(502));
        var connection = await harness.ConnectAsync();

        await harness.SendMentionAsync(connection, "m1", Question);

        await Eventually.TrueAsync(() => harness.ChannelPosts().Count == 2, "the retried reply");
        Assert.Single(harness.Server.CreatedMessages);
        Assert.DoesNotContain(harness.Logs.Logs, l => l.Message.Contains("could not send", StringComparison.Ordinal));
    }
}

internal static class ConnectionExtensions
{
    /// <summary>For a new session whose sequence restarts: the mention with an explicit sequence number.</summary>
    public static Task SendMentionAsyncOn(this FakeGatewayConnection connection, AdapterHarness harness, string messageId, string text, long sequence) =>
        harness.SendMentionAsync(connection, messageId, text, sequence: sequence);
}
