using System.Diagnostics;
using BriefingBot.Discord.Client.Gateway;

namespace BriefingBot.Discord.Client.Tests.Gateway;

public sealed class GatewayConnectionTests
{
    [Fact]
    public async Task Identifies_with_token_configured_intents_and_bot_user_agent()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.MessageContent = true);
        harness.RunGateway();

        var connection = await harness.Server.NextConnectionAsync();
        var identify = await connection.WaitForOpAsync(2);

        var d = identify.GetProperty("d");
        Assert.Equal(ClientHarness.Token, d.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 9) | (1 << 12) | (1 << 15), d.GetProperty("intents").GetInt32());
        Assert.False(string.IsNullOrEmpty(d.GetProperty("properties").GetProperty("os").GetString()));
        Assert.Equal("DiscordBot (https://github.com/briefingbot/briefingbot, 1.0)", connection.UserAgent);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);
        Assert.Single(harness.Server.RequestsTo("GET", "/gateway/bot"));
    }

    [Fact]
    public async Task Sends_heartbeats_carrying_the_last_sequence_number()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.HelloIntervalMs = 100;
        var connection = await harness.RunUntilReadyAsync();

        await connection.SendMessageCreateAsync(2, "m2");
        await Eventually.TrueAsync(
            () => connection.ReceivedWithOp(1).Any(h => h.GetProperty("d").ValueKind == System.Text.Json.JsonValueKind.Number && h.GetProperty("d").GetInt64() == 2),
            "a heartbeat with d = 2");
        await connection.WaitForOpAsync(1, count: 3);
        Assert.Equal(1, harness.Server.ConnectionCount);
    }

    [Fact]
    public async Task Answers_a_heartbeat_request_from_the_server_immediately()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.HelloIntervalMs = 600_000;
        var connection = await harness.RunUntilReadyAsync();

        await connection.SendHeartbeatRequestAsync();

        var heartbeat = await connection.WaitForOpAsync(1, timeout: TimeSpan.FromSeconds(3));
        Assert.Equal(1, heartbeat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Resumes_without_reidentifying_after_server_sends_reconnect()
    {
        await using var harness = await ClientHarness.StartAsync();
        var first = await harness.RunUntilReadyAsync("session-abc");
        await first.SendMessageCreateAsync(2, "m2");
        await Eventually.TrueAsync(() => harness.Messages.Count == 1, "first message");

        await first.SendReconnectAsync();

        var second = await harness.Server.NextConnectionAsync();
        var resume = await second.WaitForOpAsync(6);
        Assert.Equal("/resume-gateway", second.Path);
        Assert.Equal("session-abc", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(ClientHarness.Token, resume.GetProperty("d").GetProperty("token").GetString());
        Assert.Empty(second.ReceivedWithOp(2));
        await first.Ended.WaitAsync(TestTimeouts.Default);
        Assert.NotEqual(1000, first.ClientCloseCode);
        Assert.Single(harness.Server.RequestsTo("GET", "/gateway/bot"));
    }

    [Fact]
    public async Task Resumes_after_the_connection_drops_abruptly()
    {
        await using var harness = await ClientHarness.StartAsync();
        var first = await harness.RunUntilReadyAsync("session-drop");

        first.Abort();

        var second = await harness.Server.NextConnectionAsync();
        var resume = await second.WaitForOpAsync(6);
        Assert.Equal("session-drop", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Empty(second.ReceivedWithOp(2));
    }

    [Fact]
    public async Task Treats_a_missing_heartbeat_ack_as_a_zombie_closes_with_a_non_normal_code_and_resumes()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.HelloIntervalMs = 100;
        var first = await harness.RunUntilReadyAsync("session-zombie");
        first.AckHeartbeats = false;

        var second = await harness.Server.NextConnectionAsync();

        await second.WaitForOpAsync(6);
        Assert.Empty(second.ReceivedWithOp(2));
        await first.Ended.WaitAsync(TestTimeouts.Default);
        Assert.NotNull(first.ClientCloseCode);
        Assert.NotEqual(1000, first.ClientCloseCode);
    }

    [Fact]
    public async Task Resumes_after_invalid_session_marked_resumable()
    {
        await using var harness = await ClientHarness.StartAsync();
        var first = await harness.RunUntilReadyAsync("session-9");

        await first.SendInvalidSessionAsync(resumable: true);

        var second = await harness.Server.NextConnectionAsync();
        var resume = await second.WaitForOpAsync(6);
        Assert.Equal("session-9", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Empty(second.ReceivedWithOp(2));
    }

    [Fact]
    public async Task Identifies_anew_after_invalid_session_not_resumable_once_the_wait_has_passed()
    {
        await using var harness = await ClientHarness.StartAsync(o =>
        {
            o.InvalidSessionMinDelay = TimeSpan.FromMilliseconds(300);
            o.InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(400);
        });
        var first = await harness.RunUntilReadyAsync();

        var clock = Stopwatch.StartNew();
        await first.SendInvalidSessionAsync(resumable: false);
        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(2);
        clock.Stop();

        Assert.Empty(second.ReceivedWithOp(6));
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"identified after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task Spaces_identifies_by_the_identify_interval()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.IdentifyInterval = TimeSpan.FromMilliseconds(500));
        var first = await harness.RunUntilReadyAsync();

        await first.SendInvalidSessionAsync(resumable: false);
        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(2);

        // The first identify followed the first /gateway/bot lookup, so the second identify came at least an interval later.
        var lookups = harness.Server.RequestsTo("GET", "/gateway/bot");
        Assert.Equal(2, lookups.Count);
        Assert.True(DateTimeOffset.UtcNow - lookups[0].ReceivedAt >= TimeSpan.FromMilliseconds(480));
        Assert.Equal(2, harness.Logs.Logs.Count(l => l.Message.StartsWith("Identifying", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Stops_with_a_clear_error_and_does_not_reconnect_on_fatal_close_4004()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.RunGateway();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.WaitForOpAsync(2);

        await connection.CloseAsync(4004, "Authentication failed.");

        var error = await Assert.ThrowsAsync<DiscordGatewayClosedException>(() => harness.RunTask!.WaitAsync(TestTimeouts.Default));
        Assert.Equal(4004, error.CloseCode);
        Assert.Contains("token is invalid", error.Message, StringComparison.Ordinal);
        Assert.Contains("will not reconnect", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, harness.Server.ConnectionCount);
    }

    [Theory]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Stops_on_every_fatal_close_code(int code)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.RunGateway();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.WaitForOpAsync(2);

        await connection.CloseAsync(code, "fatal");

        var error = await Assert.ThrowsAsync<DiscordGatewayClosedException>(() => harness.RunTask!.WaitAsync(TestTimeouts.Default));
        Assert.Equal(code, error.CloseCode);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Identifies_anew_when_closed_with_a_session_ending_code(int code)
    {
        await using var harness = await ClientHarness.StartAsync();
        var first = await harness.RunUntilReadyAsync();

        await first.CloseAsync(code, "session over");

        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(2);
        Assert.Empty(second.ReceivedWithOp(6));
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)]
    public async Task Resumes_when_closed_with_a_recoverable_code(int code)
    {
        await using var harness = await ClientHarness.StartAsync();
        var first = await harness.RunUntilReadyAsync();

        await first.CloseAsync(code, "try again");

        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(6);
        Assert.Empty(second.ReceivedWithOp(2));
    }

    [Fact]
    public async Task Closes_with_normal_code_and_completes_when_cancelled()
    {
        await using var harness = await ClientHarness.StartAsync();
        var connection = await harness.RunUntilReadyAsync();

        await harness.StopAsync();

        Assert.True(harness.RunTask!.IsCompletedSuccessfully);
        await connection.Ended.WaitAsync(TestTimeouts.Default);
        Assert.Equal(1000, connection.ClientCloseCode);
        Assert.Equal(1, harness.Server.ConnectionCount);
    }
}
