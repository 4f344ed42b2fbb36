using System.Text.Json;
using BriefingBot.Testing.Discord;

namespace BriefingBot.Discord.Tests.Fakes;

public static class PingAssertions
{
    /// <summary>
    /// Every body the bot sent that Discord would render as a message must disable mention parsing and name nobody,
    /// so no quoted text can ping @everyone, a role or a user.
    /// </summary>
    public static void AssertNothingCouldPing(this AdapterHarness harness)
    {
        var messageBodies = harness.Server.Requests
            .Where(r => r.Method is "POST" or "PATCH" && r.Body.Length > 0)
            .Where(r => r.Path.StartsWith("/channels/", StringComparison.Ordinal) || r.Path.StartsWith("/webhooks/", StringComparison.Ordinal) || r.Path.StartsWith("/interactions/", StringComparison.Ordinal))
            .Select(r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal)
                ? (r.Json.TryGetProperty("data", out var data) ? data : (JsonElement?)null)
                : r.Json)
            .Where(body => body is not null)
            .Select(body => body!.Value)
            .ToList();
        Assert.NotEmpty(messageBodies);
        foreach (var body in messageBodies)
        {
            Assert.True(body.TryGetProperty("allowed_mentions", out var mentions), $"allowed_mentions missing in {body}");
            Assert.Equal(JsonValueKind.Array, mentions.GetProperty("parse").ValueKind);
            Assert.Equal(0, mentions.GetProperty("parse").GetArrayLength());
            Assert.False(mentions.TryGetProperty("users", out _), "no users may be pinged");
            Assert.False(mentions.TryGetProperty("roles", out _), "no roles may be pinged");
            Assert.False(mentions.TryGetProperty("replied_user", out var replied) && replied.GetBoolean(), "replies must not ping the author");
        }
    }
}
