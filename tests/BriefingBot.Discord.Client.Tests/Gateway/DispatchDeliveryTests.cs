using BriefingBot.Discord.Client.Interactions;

namespace BriefingBot.Discord.Client.Tests.Gateway;

public sealed class DispatchDeliveryTests
{
    [Fact]
    public async Task Delivers_each_dispatch_exactly_once_when_the_server_replays_after_resume()
    {
        await using var harness = await ClientHarness.StartAsync();
        var first = await harness.RunUntilReadyAsync();
        await first.SendMessageCreateAsync(2, "m2");
        await first.SendMessageCreateAsync(3, "m3");
        await Eventually.TrueAsync(() => harness.Messages.Count == 2, "two messages");

        await first.SendReconnectAsync();
        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(6);
        await second.SendMessageCreateAsync(2, "m2");
        await second.SendMessageCreateAsync(3, "m3");
        await second.SendMessageCreateAsync(4, "m4");
        await second.SendResumedAsync(5);
        await Eventually.TrueAsync(() => harness.Dispatches.Any(d => d.Name == "RESUMED"), "RESUMED delivered");

        Assert.Equal(["m2", "m3", "m4"], harness.Messages.Select(m => m.Id));
    }

    [Fact]
    public async Task Delivers_events_of_a_new_session_even_though_its_sequence_restarts()
    {
        await using var harness = await ClientHarness.StartAsync();
        var first = await harness.RunUntilReadyAsync("old");
        await first.SendMessageCreateAsync(2, "old-2");
        await first.SendMessageCreateAsync(3, "old-3");
        await Eventually.TrueAsync(() => harness.Messages.Count == 2, "old messages");

        await first.SendInvalidSessionAsync(resumable: false);
        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(2);
        await second.SendReadyAsync("new");
        await second.SendMessageCreateAsync(2, "new-2");

        await Eventually.TrueAsync(() => harness.Messages.Count == 3, "message of the new session");
        Assert.Equal("new-2", harness.Messages.Last().Id);
    }

    [Fact]
    public async Task Reassembles_a_message_split_across_many_websocket_frames()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Server.FragmentSize = 1000;
        var connection = await harness.RunUntilReadyAsync();
        var content = new string('x', 50_000);

        await connection.SendMessageCreateAsync(2, "big", content);

        await Eventually.TrueAsync(() => harness.Messages.Count == 1, "the large message");
        Assert.Equal(content, harness.Messages.Single().Content);
    }

    [Fact]
    public async Task Surfaces_message_create_as_a_typed_message()
    {
        await using var harness = await ClientHarness.StartAsync();
        var connection = await harness.RunUntilReadyAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, new
        {
            id = "m1",
            channel_id = "100",
            author = new { id = "7", username = "reader", bot = false },
            content = "<@42> what happened today?",
            mentions = new[] { new { id = "42", username = "briefing-bot", bot = true } },
            referenced_message = new { id = "m0", channel_id = "100", author = new { id = "42", username = "briefing-bot" }, content = "earlier" },
            attachments = new[] { new { id = "a1", filename = "report.pdf", size = 1234, url = "https://cdn.example/report.pdf", content_type = "application/pdf" } },
        });

        await Eventually.TrueAsync(() => harness.Messages.Count == 1, "the message");
        var message = harness.Messages.Single();
        Assert.Null(message.GuildId);
        Assert.Equal("7", message.Author.Id);
        Assert.False(message.Author.Bot);
        Assert.Equal("42", Assert.Single(message.Mentions).Id);
        Assert.Equal("earlier", message.ReferencedMessage?.Content);
        var attachment = Assert.Single(message.Attachments);
        Assert.Equal(("report.pdf", 1234L, "application/pdf"), (attachment.Filename, attachment.Size, attachment.ContentType));
    }

    [Fact]
    public async Task Surfaces_interaction_create_as_a_typed_interaction()
    {
        await using var harness = await ClientHarness.StartAsync();
        var connection = await harness.RunUntilReadyAsync();

        await connection.SendDispatchAsync("INTERACTION_CREATE", 2, new
        {
            id = "i1",
            application_id = "4242",
            type = 2,
            token = "interaction-token",
            guild_id = "200",
            channel_id = "100",
            locale = "ar",
            member = new { user = new { id = "7", username = "reader" }, permissions = "2147483647", roles = new[] { "r1" } },
            data = new
            {
                id = "c1",
                name = "ask",
                options = new object[]
                {
                    new { name = "question", type = 3, value = "what is new?" },
                    new { name = "file", type = 11, value = "a9" },
                },
                resolved = new { attachments = new Dictionary<string, object> { ["a9"] = new { id = "a9", filename = "notes.txt", size = 10, url = "https://cdn.example/notes.txt" } } },
            },
        });

        await Eventually.TrueAsync(() => harness.Interactions.Count == 1, "the interaction");
        var interaction = harness.Interactions.Single();
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("ar", interaction.Locale);
        Assert.Equal("2147483647", interaction.Member?.Permissions);
        Assert.Equal("7", interaction.Invoker?.Id);
        Assert.Equal("what is new?", interaction.Data?.Options?[0].GetString());
        Assert.Equal(ApplicationCommandOptionType.Attachment, interaction.Data?.Options?[1].Type);
        Assert.Equal("notes.txt", interaction.Data?.Resolved?.Attachments?["a9"].Filename);
    }

    [Fact]
    public async Task Keeps_delivering_after_a_handler_throws()
    {
        await using var harness = await ClientHarness.StartAsync();
        harness.Gateway.OnMessageCreate((m, _) => m.Id == "bad" ? throw new InvalidOperationException("handler bug") : Task.CompletedTask);
        var connection = await harness.RunUntilReadyAsync();

        await connection.SendMessageCreateAsync(2, "bad");
        await connection.SendMessageCreateAsync(3, "good");

        await Eventually.TrueAsync(() => harness.Messages.Count == 2, "both messages");
        Assert.Contains(harness.Logs.Logs, l => l.Exception is InvalidOperationException);
    }
}
