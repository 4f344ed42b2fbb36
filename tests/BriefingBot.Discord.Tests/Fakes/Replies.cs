using System.Text.Json;

namespace BriefingBot.Discord.Tests.Fakes;

public static class Replies
{
    /// <summary>Channel posts that reply to the given message (carry its id in message_reference).</summary>
    public static IReadOnlyList<RecordedRequest> RepliesTo(this AdapterHarness harness, string messageId, string channelId = AdapterHarness.ChannelId) =>
        [.. harness.ChannelPosts(channelId).Where(r =>
            r.Json.TryGetProperty("message_reference", out var reference)
            && reference.GetProperty("message_id").GetString() == messageId)];

    public static IReadOnlyList<JsonElement> Embeds(this JsonElement body) =>
        body.TryGetProperty("embeds", out var embeds) ? [.. embeds.EnumerateArray()] : [];

    public static string Description(this JsonElement embed) => embed.GetProperty("description").GetString()!;

    public static string? Content(this JsonElement body) =>
        body.TryGetProperty("content", out var content) ? content.GetString() : null;

    /// <summary>The custom ids of all buttons in a message body.</summary>
    public static IReadOnlyList<string> ButtonIds(this JsonElement body) =>
        body.TryGetProperty("components", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(b => b.GetProperty("custom_id").GetString()!)]
            : [];
}
