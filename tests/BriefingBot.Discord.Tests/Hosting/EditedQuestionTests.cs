using System.Text.Json;
using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>
/// Edited questions end to end: a member's MESSAGE_UPDATE within the edit window edits the bot's answer in place (Edit
/// Message: content, embeds, buttons, pinging nobody) and posts nothing new; updates that change no words, partial updates,
/// the bot's own messages and edits of messages the bot never answered change nothing.
/// </summary>
public sealed class EditedQuestionTests
{
    private const string Polyakov = "ماذا قال بولياكوف؟";
    private const string Wood = "ماذا قال جوناثان وود؟";

    private static IReadOnlyList<RecordedRequest> Edits(AdapterHarness harness, string messageId) =>
        harness.Server.RequestsTo("PATCH", $"/channels/{AdapterHarness.ChannelId}/messages/{messageId}");

    private static async Task<string> AskAsync(AdapterHarness harness, FakeGatewayConnection connection, string messageId, string question)
    {
        await harness.SendMentionAsync(connection, messageId, question);
        await Eventually.TrueAsync(() => harness.RepliesTo(messageId).Count == 1, "the answer to " + messageId);

        await Delivered(harness, messageId);
        return harness.Server.CreatedMessages.Last(m => m.ChannelId == AdapterHarness.ChannelId).Id;
    }

    /// <summary>A post is seen as it arrives; the bot takes the answer as delivered (and an edit as replacing it) once Discord answered the post.</summary>
    private static Task Delivered(AdapterHarness harness, string messageId) =>
        Eventually.TrueAsync(() => harness.Logs.Lines.Any(l => l.Contains($"message {messageId} answered", StringComparison.Ordinal)), "the answer to " + messageId + " delivered");

    private static Task WaitForIgnoredEditsAsync(AdapterHarness harness, string reason, int count) =>
        Eventually.TrueAsync(() => harness.Logs.Lines.Count(l => l.Contains($"an edit changes nothing ({reason})", StringComparison.Ordinal)) >= count, $"{count} edit(s) ignored as {reason}");

    [Fact]
    public async Task Editing_a_question_edits_the_bots_answer_in_place_with_the_new_answer_and_posts_nothing_new()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        var answerId = await AskAsync(harness, connection, "m1", Polyakov);
        var before = harness.ChannelPosts()[0].Json;

        await harness.SendEditAsync(connection, "m1", Wood);
        await Eventually.TrueAsync(() => Edits(harness, answerId).Count == 1, "the answer edited");

        var edit = Edits(harness, answerId)[0].Json;
        Assert.NotEmpty(edit.Embeds());
        Assert.All(edit.Embeds(), e => Assert.Contains("جوناثان وود", e.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Equal(2, edit.ButtonIds().Count(id => id.StartsWith("vote:", StringComparison.Ordinal)));
        Assert.Empty(edit.ButtonIds().Intersect(before.ButtonIds()));
        Assert.Equal(JsonValueKind.Array, edit.GetProperty("allowed_mentions").GetProperty("parse").ValueKind);
        Assert.Empty(edit.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        harness.AssertNothingCouldPing();

        // Discord tells the bot of its own edited message too: that is no question. A new question still gets its own reply.
        await harness.SendBotMessageUpdateAsync(connection, answerId, "");
        await AskAsync(harness, connection, "m2", Polyakov);
        Assert.Single(Edits(harness, answerId));
        Assert.Equal(2, harness.ChannelPosts().Count);
    }

    [Fact]
    public async Task An_embed_unfurling_a_partial_update_and_the_same_edit_twice_edit_the_answer_once()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        var answerId = await AskAsync(harness, connection, "m1", Polyakov);

        await harness.SendEmbedUnfurlAsync(connection, "m1", Polyakov);
        await harness.SendPartialUpdateAsync(connection, "m1");
        await harness.SendEditAsync(connection, "m1", Wood);
        await harness.SendEditAsync(connection, "m1", Wood);
        await WaitForIgnoredEditsAsync(harness, "Unchanged", 2);
        await Eventually.TrueAsync(() => Edits(harness, answerId).Count == 1, "the answer edited");

        Assert.Single(Edits(harness, answerId));
        Assert.Single(harness.ChannelPosts());
    }

    [Fact]
    public async Task An_edit_of_a_message_the_bot_never_answered_and_an_edit_after_the_window_change_nothing()
    {
        await using var harness = await AdapterHarness.StartAsync(new Dictionary<string, string?> { ["Chat:EditWindow"] = "00:00:00.200" });
        var connection = await harness.ConnectAsync();
        await harness.SendChannelMessageAsync(connection, "chatter", "صباح الخير");
        var answerId = await AskAsync(harness, connection, "m1", Polyakov);
        await Task.Delay(TimeSpan.FromSeconds(1));

        await harness.SendEditAsync(connection, "chatter", Polyakov);
        await harness.SendEditAsync(connection, "m1", Wood);
        await WaitForIgnoredEditsAsync(harness, "NotAnsweredRecently", 2);

        Assert.Empty(Edits(harness, answerId));
        Assert.Single(harness.ChannelPosts());
        Assert.Empty(harness.RepliesTo("chatter"));
    }

    [Fact]
    public async Task An_edit_into_bad_input_replaces_the_answer_with_the_polite_refusal_and_clears_its_embeds_and_buttons()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        var answerId = await AskAsync(harness, connection, "m1", Polyakov);

        await harness.SendEditAsync(connection, "m1", new string('ب', 400));
        await Eventually.TrueAsync(() => Edits(harness, answerId).Count == 1, "the answer edited");

        var edit = Edits(harness, answerId)[0].Json;
        Assert.Contains("السؤال طويل جدًا", edit.Content(), StringComparison.Ordinal);
        Assert.Equal(0, edit.GetProperty("embeds").GetArrayLength());
        Assert.Equal(0, edit.GetProperty("components").GetArrayLength());
        var stored = harness.Server.CreatedMessages.Single(m => m.Id == answerId).Json;
        Assert.Empty(stored.Embeds());
        Assert.Single(harness.ChannelPosts());
    }

    [Fact]
    public async Task An_answer_over_several_messages_is_edited_from_its_first_message_the_rest_deleted_or_posted_after_it()
    {
        await using var harness = await AdapterHarness.StartAsync(configureWorkspace: w => w.AddBriefing(LongAnswerBriefing.FileName, LongAnswerBriefing.Text()));
        var connection = await harness.ConnectAsync();
        await harness.SendMentionAsync(connection, "m1", LongAnswerBriefing.Question);
        await Eventually.TrueAsync(() => harness.ChannelPosts().Any(p => p.Json.ButtonIds().Count > 0), "the long answer, buttons under its last message");
        await Delivered(harness, "m1");
        var parts = harness.Server.CreatedMessages.Where(m => m.ChannelId == AdapterHarness.ChannelId).Select(m => m.Id).ToList();
        Assert.True(parts.Count >= 2, $"the long answer went out in {parts.Count} message(s)");

        // Shorter now: the first message carries the whole answer and its buttons, the others are deleted.
        await harness.SendEditAsync(connection, "m1", Polyakov);
        await Eventually.TrueAsync(() => harness.Server.CreatedMessages.Count(m => m.Deleted) == parts.Count - 1, "the rest of the old answer deleted");
        var first = harness.Server.CreatedMessages.Single(m => m.Id == parts[0]).Json;
        Assert.StartsWith("ما قاله أندريه بولياكوف", first.Content(), StringComparison.Ordinal);
        Assert.NotEmpty(first.ButtonIds());
        Assert.Equal(parts.Skip(1), harness.Server.CreatedMessages.Where(m => m.Deleted).Select(m => m.Id));

        // Longer again: the first message is edited, the rest posted after it as replies to the question.
        await harness.SendEditAsync(connection, "m1", LongAnswerBriefing.Question);
        await Eventually.TrueAsync(() => harness.Server.CreatedMessages.Count(m => !m.Deleted) == parts.Count, "the rest of the new answer posted");
        Assert.StartsWith(LongAnswerBriefing.Heading, harness.Server.CreatedMessages.Single(m => m.Id == parts[0]).Json.Content(), StringComparison.Ordinal);
        Assert.Equal(parts.Count, harness.RepliesTo("m1").Count);
        Assert.Equal(2, Edits(harness, parts[0]).Count);
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task An_edited_question_in_a_thread_has_its_answer_edited_in_that_thread()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        var thread = FakeDiscordChannel.Thread("500", AdapterHarness.ChannelId);
        await harness.SendThreadCreateAsync(connection, thread);
        await harness.SendMentionAsync(connection, "m1", Polyakov, channelId: thread.Id);
        await Eventually.TrueAsync(() => harness.RepliesTo("m1", thread.Id).Count == 1, "the answer in the thread");
        await Delivered(harness, "m1");
        var answerId = harness.Server.CreatedMessages.Single(m => m.ChannelId == thread.Id).Id;

        await harness.SendEditAsync(connection, "m1", Wood, channelId: thread.Id);
        await Eventually.TrueAsync(() => harness.Server.RequestsTo("PATCH", $"/channels/{thread.Id}/messages/{answerId}").Count == 1, "the answer edited in the thread");

        Assert.Single(harness.Server.CreatedMessages, m => m.ChannelId == thread.Id);
        Assert.Empty(harness.ChannelPosts());
    }
}
