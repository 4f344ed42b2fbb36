using System.Net;
using System.Text.Json;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Client.Rest;

namespace BriefingBot.Discord.Client.Tests.Rest;

public sealed class DiscordRestClientTests
{
    [Fact]
    public async Task Sends_bot_authorization_and_user_agent_on_bot_routes()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" });

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal($"Bot {ClientHarness.Token}", request.Header("Authorization"));
        Assert.Equal("DiscordBot (https://github.com/briefingbot/briefingbot, 1.0)", request.Header("User-Agent"));
        Assert.Equal("hi", request.Json.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Interaction_routes_are_sent_without_the_bot_token()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Rest.CreateInteractionResponseAsync("i1", "itoken", InteractionResponse.Deferred());
        await harness.Rest.EditOriginalInteractionResponseAsync("4242", "itoken", new MessageCreate { Content = "done" });
        await harness.Rest.CreateFollowupMessageAsync("4242", "itoken", new MessageCreate { Content = "more" });

        Assert.Equal(
            ["POST /interactions/i1/itoken/callback", "PATCH /webhooks/4242/itoken/messages/@original", "POST /webhooks/4242/itoken"],
            harness.Server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(harness.Server.Requests, r => Assert.Null(r.Header("Authorization")));
        Assert.Equal(5, harness.Server.Requests[0].Json.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Retries_server_errors_with_backoff_and_then_succeeds()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.ServerError(502), FakeRestResponse.ServerError(503));

        var message = await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" });

        Assert.Equal("900", message.Id);
        Assert.Equal(3, harness.Server.RequestsTo("POST", "/channels/100/messages").Count);
    }

    [Fact]
    public async Task Gives_up_after_a_bounded_number_of_server_error_retries()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.RestMaxRetries = 2);
        harness.Server.Enqueue("POST", "/channels/100/messages",
            FakeRestResponse.ServerError(500), FakeRestResponse.ServerError(500), FakeRestResponse.ServerError(500), FakeRestResponse.ServerError(500));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" }));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(3, harness.Server.RequestsTo("POST", "/channels/100/messages").Count);
    }

    [Fact]
    public async Task Client_errors_surface_as_a_typed_exception_with_discord_code_and_message()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.Json(403, """{"message":"Missing Permissions","code":50013}"""));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" }));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal(50013, error.ErrorCode);
        Assert.Equal("Missing Permissions", error.DiscordMessage);
        Assert.Equal("POST channels/{channel_id}/messages", error.Route);
        Assert.Contains("Missing Permissions", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task Every_message_body_the_client_sends_suppresses_mentions_unless_told_otherwise()
    {
        await using var harness = await ClientHarness.StartAsync();
        var message = new MessageCreate { Content = "@everyone read this", MessageReference = new MessageReference { MessageId = "m1" } };

        await harness.Rest.CreateMessageAsync("100", message);
        await harness.Rest.CreateFollowupMessageAsync("4242", "itoken", message);
        await harness.Rest.EditOriginalInteractionResponseAsync("4242", "itoken", message);
        await harness.Rest.CreateInteractionResponseAsync("i1", "itoken", InteractionResponse.Message(new InteractionCallbackData { Content = "@here" }));
        await harness.Rest.CreateInteractionResponseAsync("i2", "itoken", InteractionResponse.Update(new InteractionCallbackData { Content = "updated" }));

        var bodies = harness.Server.Requests.Select(r => r.Json).ToList();
        Assert.Equal(5, bodies.Count);
        foreach (var body in bodies)
        {
            var target = body.TryGetProperty("data", out var data) ? data : body;
            var parse = target.GetProperty("allowed_mentions").GetProperty("parse");
            Assert.Equal(JsonValueKind.Array, parse.ValueKind);
            Assert.Equal(0, parse.GetArrayLength());
        }
    }

    [Fact]
    public async Task Explicit_allowed_mentions_are_sent_as_given()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Rest.CreateMessageAsync("100", new MessageCreate
        {
            Content = "<@7>",
            AllowedMentions = new AllowedMentions { Users = ["7"], RepliedUser = true },
        });

        var mentions = harness.Server.Requests.Single().Json.GetProperty("allowed_mentions");
        Assert.Equal("7", mentions.GetProperty("users")[0].GetString());
        Assert.True(mentions.GetProperty("replied_user").GetBoolean());
    }

    [Fact]
    public async Task Message_bodies_carry_embeds_components_and_reply_reference_in_snake_case()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Rest.CreateMessageAsync("100", new MessageCreate
        {
            Content = "briefing",
            Embeds = [new Embed { Title = "Today", Color = 0x5865F2, Fields = [new EmbedField { Name = "a", Value = "b" }], Footer = new EmbedFooter { Text = "src" } }],
            Components = [MessageComponent.ActionRow(MessageComponent.Button("more:1", "More", ButtonStyle.Primary))],
            MessageReference = new MessageReference { MessageId = "m1", FailIfNotExists = false },
        });

        var body = harness.Server.Requests.Single().Json;
        Assert.Equal("src", body.GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString());
        var button = body.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal((2, "more:1", 1), (button.GetProperty("type").GetInt32(), button.GetProperty("custom_id").GetString(), button.GetProperty("style").GetInt32()));
        Assert.False(body.GetProperty("message_reference").GetProperty("fail_if_not_exists").GetBoolean());
        Assert.False(body.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task Reads_gateway_bot_info_and_current_user()
    {
        await using var harness = await ClientHarness.StartAsync();

        var gateway = await harness.Rest.GetGatewayBotAsync();
        var user = await harness.Rest.GetCurrentUserAsync();
        var dm = await harness.Rest.CreateDmChannelAsync("7");

        Assert.Equal(harness.Server.GatewayUrl, gateway.Url);
        Assert.Equal(1, gateway.SessionStartLimit.MaxConcurrency);
        Assert.True(user.Bot);
        Assert.Equal("555", dm.Id);
        Assert.Equal("7", harness.Server.RequestsTo("POST", "/users/@me/channels").Single().Json.GetProperty("recipient_id").GetString());
    }
}
