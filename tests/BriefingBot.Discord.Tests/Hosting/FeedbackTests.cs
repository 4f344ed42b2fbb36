using System.Text.Json;
using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>👍/👎 buttons under answers and the moderators' /gaps, through the real adapter and the fake Discord.</summary>
public sealed class FeedbackTests
{
    [Fact]
    public async Task A_vote_is_acknowledged_privately_and_gaps_lists_the_unanswered_questions_most_asked_first()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        // Outcomes checked against the shipped corpus with `ask`: Polyakov is answered (then voted down), the recipes
        // are declined, the oil prices only tentatively (today's gold price is declined: the briefing prices no gold).
        // Polyakov goes first and alone, so the only post with vote buttons is the last of his answer.
        await harness.SendMentionAsync(connection, "m0", "ماذا قال بولياكوف؟");
        await Eventually.TrueAsync(() => harness.ChannelPosts().Any(p => p.Json.ButtonIds().Any(IsVote)), "the answer about Polyakov");
        var answered = harness.ChannelPosts().Single(p => p.Json.ButtonIds().Any(IsVote));
        string[] questions = ["ما هي أفضل وصفة للكنافة؟", "وصفة الكنافة", "هل ترتفع أسعار النفط؟", "ما وصفة الكنافة؟"];
        for (var i = 0; i < questions.Length; i++)
        {
            var id = "m" + (i + 1);
            await harness.SendMentionAsync(connection, id, questions[i]);
            await Eventually.TrueAsync(() => harness.ChannelPosts().Any(p => RepliesTo(p.Json, id)), "the answer to " + id);
        }

        var down = answered.Json.ButtonIds().Single(id => id.EndsWith(":down", StringComparison.Ordinal));
        var postsBefore = harness.ChannelPosts().Count;
        await harness.SendButtonAsync(connection, "i1", down);
        await Eventually.TrueAsync(() => harness.Callbacks("i1").Count == 1, "the vote's acknowledgement");

        var acknowledgement = harness.Callbacks("i1")[0].Json;
        Assert.Equal(4, acknowledgement.GetProperty("type").GetInt32());
        Assert.Equal(64, acknowledgement.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("شكرًا، سُجّل رأيك.", acknowledgement.GetProperty("data").GetProperty("content").GetString());
        Assert.Empty(harness.FollowUps("i1"));
        Assert.Empty(harness.OriginalEdits("i1"));
        Assert.Equal(postsBefore, harness.ChannelPosts().Count);

        await SendGapsAsync(harness, connection, "i2", permissions: "0");
        await SendGapsAsync(harness, connection, "i3", permissions: "8192");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i2").Count == 1 && harness.OriginalEdits("i3").Count == 1, "the answers to /gaps");

        Assert.Contains("للمشرفين", harness.OriginalEdits("i2")[0].Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        var report = harness.OriginalEdits("i3")[0].Json.GetProperty("content").GetString()!;
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 4, report);
        Assert.Contains("الكنافة", lines[1], StringComparison.Ordinal);
        Assert.Contains("سُئل 3 مرات", lines[1], StringComparison.Ordinal);
        Assert.Contains("أسعار النفط", lines[2], StringComparison.Ordinal);
        Assert.Contains("جواب غير مؤكد", lines[2], StringComparison.Ordinal);
        Assert.Contains("بولياكوف", lines[3], StringComparison.Ordinal);
        Assert.EndsWith("👎 1", lines[3], StringComparison.Ordinal);
        var registered = harness.Server.RequestsTo("PUT", $"/applications/{AdapterHarness.ApplicationId}/commands")[0].Json.EnumerateArray();
        var gaps = Assert.Single(registered, c => c.GetProperty("name").GetString() == "gaps");
        Assert.Equal("8192", gaps.GetProperty("default_member_permissions").GetString());
    }

    private static bool IsVote(string customId) => customId.StartsWith("vote:", StringComparison.Ordinal);

    private static bool RepliesTo(JsonElement post, string messageId) =>
        post.TryGetProperty("message_reference", out var reference) && reference.GetProperty("message_id").GetString() == messageId;

    private static Task SendGapsAsync(AdapterHarness harness, FakeGatewayConnection connection, string interactionId, string permissions) =>
        harness.SendInteractionAsync(connection, interactionId, 2, AdapterHarness.Member("moderator", permissions, userId: "9"),
            new { id = "command-gaps", name = "gaps", type = 1, options = new[] { new { name = "days", type = 3, value = "7" } } });
}
