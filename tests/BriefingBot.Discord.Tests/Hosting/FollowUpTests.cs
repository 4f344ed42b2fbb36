using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>Follow-up questions end to end: a reply to the bot's answer (MESSAGE_CREATE type 19) leans on that answer.</summary>
public sealed class FollowUpTests
{
    [Fact]
    public async Task A_reply_to_the_bots_answer_about_a_person_is_answered_with_that_persons_passages()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        await harness.SendMentionAsync(connection, "m1", "ماذا قال بولياكوف؟");
        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the answer to m1");
        // The fake server records a request before it stores the message the request creates: wait for the message.
        await Eventually.TrueAsync(() => harness.Server.CreatedMessages.Any(m => m.ChannelId == AdapterHarness.ChannelId), "the answer to m1 stored");
        var answerId = harness.Server.CreatedMessages.Single(m => m.ChannelId == AdapterHarness.ChannelId).Id;

        // A reply as Discord sends it: type 19 with message_reference and the referenced message; no mention (ping off).
        await SendReplyAsync(harness, connection, "m2", "ومتى قال ذلك؟", answerId);
        await Eventually.TrueAsync(() => harness.RepliesTo("m2").Count == 1, "the answer to the follow-up");

        var followUp = harness.RepliesTo("m2")[0].Json;
        Assert.StartsWith("ما قاله أندريه بولياكوف في الموجزات", followUp.Content(), StringComparison.Ordinal);
        Assert.Equal(4, followUp.Embeds().Count);
        harness.AssertNothingCouldPing();
    }

    private static Task SendReplyAsync(AdapterHarness harness, FakeGatewayConnection connection, string messageId, string text, string repliedTo) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", harness.NextSequence(), new
        {
            id = messageId,
            type = 19,
            channel_id = AdapterHarness.ChannelId,
            guild_id = AdapterHarness.GuildId,
            author = new { id = AdapterHarness.UserId, username = "reader", bot = false },
            content = text,
            mentions = Array.Empty<object>(),
            attachments = Array.Empty<object>(),
            message_reference = new { type = 0, message_id = repliedTo, channel_id = AdapterHarness.ChannelId, guild_id = AdapterHarness.GuildId },
            referenced_message = new
            {
                id = repliedTo,
                type = 19,
                channel_id = AdapterHarness.ChannelId,
                author = new { id = AdapterHarness.BotId, username = "briefing-bot", bot = true },
                content = "ما قاله أندريه بولياكوف في الموجزات:",
                mentions = Array.Empty<object>(),
                attachments = Array.Empty<object>(),
            },
        });
}
