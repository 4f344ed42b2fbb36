using System.Net;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Rest;

namespace BriefingBot.Discord.Client.Tests.Rest;

/// <summary>
/// Fault injection on the interaction callback route: 429s of every scope (also <c>global: true</c>, which such a
/// route is not supposed to get) and 5xx, against the fake's emulation of how Discord answers.
/// </summary>
public sealed class InteractionRateLimitTests
{
    private const string Callback = "/interactions/i1/itoken/callback";

    [Theory]
    [InlineData("global")]
    [InlineData("user")]
    [InlineData("shared")]
    public async Task A_429_on_an_interaction_callback_is_waited_out_whatever_its_scope_then_the_callback_goes_through(string scope)
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.BlockRoute("POST", Callback, TimeSpan.FromMilliseconds(400), scope);

        await harness.Rest.CreateInteractionResponseAsync("i1", "itoken", InteractionResponse.Deferred());

        // Retried at once, the callback meets the limit again and again until the retries run out.
        Assert.InRange(harness.Server.RequestsTo("POST", Callback).Count, 2, 3);
        Assert.Contains(harness.Logs.Logs, l => l.Message.Contains($"scope {scope}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_that_outlasts_the_interaction_token_drops_the_response_at_once_and_says_so()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.BlockRoute("POST", Callback, TimeSpan.FromSeconds(20), "global");
        var interaction = new Interaction { Id = "i1", Token = "itoken", ApplicationId = "4242", ReceivedAt = DateTimeOffset.UtcNow };

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateInteractionResponseAsync(interaction, InteractionResponse.Deferred()));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Single(harness.Server.RequestsTo("POST", Callback));
        Assert.Contains(harness.Logs.Logs, l => l.Message.Contains("dropped", StringComparison.Ordinal) && l.Message.Contains("callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_callback_whose_success_was_hidden_by_a_server_error_is_not_reported_as_failed_when_the_retry_finds_it_acknowledged()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", Callback, FakeRestResponse.ServerErrorAfterCommit(502));

        await harness.Rest.CreateInteractionResponseAsync("i1", "itoken", InteractionResponse.Deferred());

        Assert.Equal([502, 400], harness.Server.Answers.Select(a => a.Status));
    }

    [Fact]
    public async Task A_callback_that_met_a_server_error_is_retried_and_goes_through()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", Callback, FakeRestResponse.ServerError(503));

        await harness.Rest.CreateInteractionResponseAsync("i1", "itoken", InteractionResponse.Deferred());

        Assert.Equal([503, 204], harness.Server.Answers.Select(a => a.Status));
    }

    [Fact]
    public async Task A_second_response_to_an_acknowledged_interaction_is_still_an_error()
    {
        await using var harness = await ClientHarness.StartAsync();
        await harness.Rest.CreateInteractionResponseAsync("i1", "itoken", InteractionResponse.Deferred());

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateInteractionResponseAsync("i1", "itoken", InteractionResponse.Deferred()));

        Assert.Equal(40060, error.ErrorCode);
    }
}
