using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Client.Tests.Rest;

/// <summary>A Create Message retried after a server error must not post twice: it carries a nonce Discord enforces.</summary>
public sealed class MessageNonceTests
{
    [Fact]
    public async Task A_message_whose_creation_was_hidden_by_a_server_error_is_posted_once_when_retried()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.Enqueue("POST", "/channels/100/messages", FakeRestResponse.ServerErrorAfterCommit(502));

        var message = await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "hi" });

        var requests = harness.Server.RequestsTo("POST", "/channels/100/messages");
        Assert.Equal(2, requests.Count);
        var created = Assert.Single(harness.Server.CreatedMessages);
        Assert.Equal(created.Id, message.Id);
        Assert.All(requests, r => Assert.True(r.Json.GetProperty("enforce_nonce").GetBoolean()));
        Assert.Equal(requests[0].Json.GetProperty("nonce").GetString(), requests[1].Json.GetProperty("nonce").GetString());
    }

    [Fact]
    public async Task Every_message_gets_its_own_nonce_of_at_most_25_characters()
    {
        await using var harness = await ClientHarness.StartAsync();

        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "same" });
        await harness.Rest.CreateMessageAsync("100", new MessageCreate { Content = "same" });

        Assert.Equal(2, harness.Server.CreatedMessages.Count);
        var nonces = harness.Server.CreatedMessages.Select(m => m.Nonce).ToList();
        Assert.All(nonces, n => Assert.InRange(n!.Length, 1, 25));
        Assert.NotEqual(nonces[0], nonces[1]);
    }
}
