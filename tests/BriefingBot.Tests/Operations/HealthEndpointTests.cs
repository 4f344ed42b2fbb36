
namespace BriefingBot.Tests.Operations;

/// <summary>/healthz, /readyz and /metrics on the host's listener, with the real Discord adapter on the fake gateway.</summary>
[Collection(nameof(OperationsCollection))]
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Readyz_is_503_until_Discord_connects_flips_to_503_when_the_gateway_drops_and_back_on_resume()
    {
        await using var bot = await OperationsHarness.StartAsync();
        Assert.Equal(200, await bot.StatusOfAsync("/healthz"));

        var connection = await bot.Server.NextConnectionAsync(TestTimeouts.Default);
        await connection.WaitForOpAsync(2);
        var notYet = await bot.BodyOfAsync("/readyz");
        Assert.Equal(503, await bot.StatusOfAsync("/readyz"));
        Assert.Contains("discord: not connected yet", notYet, StringComparison.Ordinal);

        await connection.SendReadyAsync("session-1", bot.NextSequence());
        await bot.WaitForStatusAsync("/readyz", 200);

        connection.Abort();
        var down = await bot.WaitForStatusAsync("/readyz", 503);
        Assert.Contains("discord: gateway connection lost", down, StringComparison.Ordinal);
        Assert.Equal(200, await bot.StatusOfAsync("/healthz"));

        var resumed = await bot.Server.NextConnectionAsync(TestTimeouts.Default);
        await resumed.WaitForOpAsync(6);
        await resumed.SendResumedAsync(bot.NextSequence());
        await bot.WaitForStatusAsync("/readyz", 200);

        var metrics = PrometheusText.Parse(await bot.BodyOfAsync("/metrics"));
        Assert.Equal(1, PrometheusText.ValueOf(metrics, "briefingbot_gateway_reconnects_total", ("platform", "discord")));
    }

    [Fact]
    public async Task Metrics_parse_as_Prometheus_text_and_the_question_counter_moves_when_a_question_is_answered()
    {
        await using var bot = await OperationsHarness.StartAsync();
        var connection = await bot.ConnectAsync();
        await bot.WaitForStatusAsync("/readyz", 200);

        var before = PrometheusText.Parse(await bot.BodyOfAsync("/metrics"));
        Assert.Equal(0, PrometheusText.ValueOf(before, "briefingbot_questions_total", ("platform", "discord")));
        Assert.True(PrometheusText.ValueOf(before, "briefingbot_index_passages") > 0, "the passage gauge reports the index");
        Assert.True(PrometheusText.ValueOf(before, "briefingbot_index_briefings") >= 1, "the briefing gauge reports the library");

        await bot.SendMentionAsync(connection, "m-1", "ماذا قال بولياكوف؟");
        await Eventually.TrueAsync(() => bot.Server.RequestsTo("POST", $"/channels/{OperationsHarness.ChannelId}/messages").Count > 0, "the answer to be posted");

        var after = PrometheusText.Parse(await bot.BodyOfAsync("/metrics"));
        Assert.Equal(1, PrometheusText.ValueOf(after, "briefingbot_questions_total", ("platform", "discord"), ("outcome", "speaker_passages")));
        Assert.Equal(1, PrometheusText.ValueOf(after, "briefingbot_answer_duration_seconds_count", ("platform", "discord")));
        Assert.Contains(after, s => s.Name == "briefingbot_answer_duration_seconds_bucket" && s.Labels["le"] == "+Inf" && s.Value == 1);
    }

    [Fact]
    public async Task The_feedback_vote_counter_moves_by_platform_and_vote_when_a_member_presses_a_vote_button()
    {
        await using var bot = await OperationsHarness.StartAsync();
        var connection = await bot.ConnectAsync();
        await bot.WaitForStatusAsync("/readyz", 200);
        await bot.SendMentionAsync(connection, "m-1", "ماذا قال بولياكوف؟");
        var answer = await Eventually.ValueAsync(
            () => bot.Server.RequestsTo("POST", $"/channels/{OperationsHarness.ChannelId}/messages").FirstOrDefault(p => p.Body.Contains(":down", StringComparison.Ordinal)),
            "the answer with its vote buttons");
        var down = answer.Json.GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Select(button => button.GetProperty("custom_id").GetString()!)
            .Single(id => id.StartsWith("vote:", StringComparison.Ordinal) && id.EndsWith(":down", StringComparison.Ordinal));
        var before = PrometheusText.Parse(await bot.BodyOfAsync("/metrics"));

        await connection.SendDispatchAsync("INTERACTION_CREATE", bot.NextSequence(), new
        {
            id = "i-1",
            application_id = OperationsHarness.BotId,
            type = 3,
            token = "token-i-1",
            channel_id = OperationsHarness.ChannelId,
            guild_id = OperationsHarness.GuildId,
            locale = "ar",
            member = new { user = new { id = "7", username = "reader" }, permissions = "0", roles = Array.Empty<string>() },
            message = new { id = "900", channel_id = OperationsHarness.ChannelId, author = new { id = OperationsHarness.BotId, username = "briefing-bot", bot = true }, content = "" },
            data = new { custom_id = down, component_type = 2 },
        });
        await Eventually.TrueAsync(() => bot.Server.RequestsTo("POST", "/interactions/i-1/token-i-1/callback").Count == 1, "the vote's acknowledgement");

        var after = PrometheusText.Parse(await bot.BodyOfAsync("/metrics"));
        Assert.Equal(0, PrometheusText.ValueOf(before, "briefingbot_feedback_votes_total", ("platform", "discord")));
        Assert.Equal(1, PrometheusText.ValueOf(after, "briefingbot_feedback_votes_total", ("platform", "discord"), ("vote", "down")));
        Assert.Equal(0, PrometheusText.ValueOf(after, "briefingbot_feedback_votes_total", ("platform", "discord"), ("vote", "up")));
    }

    [Fact]
    public async Task Platform_API_errors_and_429s_are_counted_by_platform()
    {
        await using var bot = await OperationsHarness.StartAsync();
        bot.Server.Enqueue(
            "POST",
            $"/channels/{OperationsHarness.ChannelId}/messages",
            FakeRestResponse.RateLimited(0.05, global: false),
            FakeRestResponse.Json(403, """{"message":"Missing Permissions","code":50013}"""));
        var connection = await bot.ConnectAsync();

        await bot.SendMentionAsync(connection, "m-1", "ماذا قال بولياكوف؟");
        await Eventually.TrueAsync(() => bot.Server.RequestsTo("POST", $"/channels/{OperationsHarness.ChannelId}/messages").Count >= 2, "the answer to be tried twice");

        var metrics = PrometheusText.Parse(await bot.BodyOfAsync("/metrics"));
        Assert.Equal(1, PrometheusText.ValueOf(metrics, "briefingbot_platform_rate_limited_total", ("platform", "discord")));
        Assert.Equal(1, PrometheusText.ValueOf(metrics, "briefingbot_platform_api_errors_total", ("platform", "discord"), ("status", "403")));
        Assert.Equal(1, PrometheusText.ValueOf(metrics, "briefingbot_platform_api_errors_total", ("platform", "discord"), ("status", "429")));
    }
}

/// <summary>Hosts with a listener run one at a time: their meters share one name, and the machine is small.</summary>
[CollectionDefinition(nameof(OperationsCollection), DisableParallelization = true)]
public sealed class OperationsCollection;
