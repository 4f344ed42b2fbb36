namespace BriefingBot.Testing.Discord;

/// <summary>
/// MESSAGE_UPDATE as Discord sends it (Gateway Events → Message Update: a message object with MESSAGE_CREATE's extra
/// fields): for an author's edit, for an embed unfurling under an unchanged message, in the older partial form that
/// carries only what changed, and for the bot's own message after it edited it.
/// </summary>
public static class MessageUpdates
{
    /// <summary>The harness's member edits a message that mentions the bot into <paramref name="text"/> (still mentioning it).</summary>
    public static Task SendEditAsync(this AdapterHarness harness, FakeGatewayConnection connection, string messageId, string text, string userId = AdapterHarness.UserId, string channelId = AdapterHarness.ChannelId) =>
        connection.SendDispatchAsync("MESSAGE_UPDATE", harness.NextSequence(), Mention(messageId, text, userId, DateTimeOffset.UtcNow, [], channelId));

    /// <summary>
    /// A link in the message unfurled: Discord sends the whole message again, content unchanged, <c>edited_timestamp</c> null,
    /// the embed filled in.
    /// </summary>
    public static Task SendEmbedUnfurlAsync(this AdapterHarness harness, FakeGatewayConnection connection, string messageId, string text) =>
        connection.SendDispatchAsync("MESSAGE_UPDATE", harness.NextSequence(), Mention(messageId, text, AdapterHarness.UserId, null,
            [new { type = "link", url = "https://example.org/news", title = "خبر", description = "وصف" }]));

    /// <summary>The older partial form of the same: only the ids and what changed.</summary>
    public static Task SendPartialUpdateAsync(this AdapterHarness harness, FakeGatewayConnection connection, string messageId) =>
        connection.SendDispatchAsync("MESSAGE_UPDATE", harness.NextSequence(), new
        {
            id = messageId,
            channel_id = AdapterHarness.ChannelId,
            guild_id = AdapterHarness.GuildId,
            embeds = new[] { new { type = "link", url = "https://example.org/news", title = "خبر" } },
        });

    /// <summary>The bot's own message, after the bot edited it: Discord tells the bot too.</summary>
    public static Task SendBotMessageUpdateAsync(this AdapterHarness harness, FakeGatewayConnection connection, string messageId, string content) =>
        connection.SendDispatchAsync("MESSAGE_UPDATE", harness.NextSequence(), new
        {
            id = messageId,
            type = 19,
            channel_id = AdapterHarness.ChannelId,
            guild_id = AdapterHarness.GuildId,
            author = new { id = AdapterHarness.BotId, username = "briefing-bot", bot = true },
            content,
            timestamp = DateTimeOffset.UtcNow.AddSeconds(-5),
            edited_timestamp = DateTimeOffset.UtcNow,
            tts = false,
            mention_everyone = false,
            mentions = Array.Empty<object>(),
            mention_roles = Array.Empty<string>(),
            attachments = Array.Empty<object>(),
            embeds = Array.Empty<object>(),
            pinned = false,
        });

    private static object Mention(string messageId, string text, string userId, DateTimeOffset? editedAt, object[] embeds, string channelId = AdapterHarness.ChannelId) => new
    {
        id = messageId,
        type = 0,
        channel_id = channelId,
        guild_id = AdapterHarness.GuildId,
        author = new { id = userId, username = "reader", bot = false },
        member = new { roles = Array.Empty<string>(), joined_at = "2026-01-01T00:00:00+00:00" },
        content = $"<@{AdapterHarness.BotId}> {text}",
        timestamp = DateTimeOffset.UtcNow.AddSeconds(-30),
        edited_timestamp = editedAt,
        tts = false,
        mention_everyone = false,
        mentions = new[] { new { id = AdapterHarness.BotId, username = "briefing-bot", bot = true } },
        mention_roles = Array.Empty<string>(),
        attachments = Array.Empty<object>(),
        embeds,
        pinned = false,
    };
}
