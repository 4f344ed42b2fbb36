using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// Edited questions through the real adapter and the fake Bot API: an <c>edited_message</c> within the edit window edits the
/// bot's answer in place (editMessageText, keyboard refreshed); nothing new is posted, and edits that change nothing do nothing.
/// </summary>
public sealed class TelegramEditedQuestionTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(987680001, "ليلى", "layla");
    private static readonly FakeChat Group = FakeChat.Group(-100668001, "مجموعة التعديل");
    private static readonly FakeChat Forum = FakeChat.Forum(-100668002);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Editing_a_question_edits_the_bots_answer_in_place_with_the_new_answer_and_its_buttons_and_posts_nothing_new()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var asked = Api.SendText(Group, Member, "@" + FakeBotApi.BotUsername + " كوريا الشمالية");
        var answer = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        Assert.Contains(answer.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal));

        Assert.NotNull(Api.EditText(Group, asked, "@" + FakeBotApi.BotUsername + " ماذا قال بولياكوف؟"));
        var edit = Assert.Single(await Api.WaitForCallsAsync("editMessageText", 1));

        Assert.Contains("edited_message", Api.AllowedUpdates!);
        Assert.Equal(Id(answer.MessageId), edit.Get("message_id"));
        Assert.Equal(Id(Group.Id), edit.Get("chat_id"));
        var now = Api.Message(Group, answer.MessageId)!;
        Assert.StartsWith("ما قاله أندريه بولياكوف في الموجزات:", now["text"]!.GetValue<string>(), StringComparison.Ordinal);

        // The speaker's answer has no next page: «المزيد» is gone; 👍/👎 are the new answer's.
        var buttons = CallbackData(now);
        Assert.DoesNotContain(buttons, d => d.StartsWith("more:", StringComparison.Ordinal));
        Assert.Equal(2, buttons.Count(d => d.StartsWith("vote:", StringComparison.Ordinal)));
        Assert.Empty(buttons.Intersect(answer.CallbackData));
        Assert.Single(Api.Sent);
    }

    [Fact]
    public async Task An_edit_that_leaves_the_text_as_it_was_or_comes_again_edits_once_and_chatter_never_answered_stays_unanswered()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var asked = Api.SendText(Group, Member, "/ask ماذا قال بولياكوف؟");
        var answer = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        var chatter = Api.SendText(Group, Member, "صباح الخير");

        Api.TouchWithoutEdit(Group, asked);
        Api.EditText(Group, asked, "/ask ماذا قال جوناثان وود؟");
        Api.TouchWithoutEdit(Group, asked);
        Api.EditText(Group, asked, "/ask ماذا قال جوناثان وود؟");
        Api.EditText(Group, chatter, "@" + FakeBotApi.BotUsername + " ماذا قال بولياكوف؟");

        // A chat's updates are answered in order: once the next question is answered, every edit before it was handled.
        var next = Api.SendText(Group, Member, "/ask كوريا الشمالية");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == next);

        var edit = Assert.Single(Api.CallsTo("editMessageText"));
        Assert.Equal(Id(answer.MessageId), edit.Get("message_id"));
        Assert.Equal(2, Api.Sent.Count);
        Assert.DoesNotContain(Api.Sent, m => m.ReplyToMessageId == chatter);
    }

    [Fact]
    public async Task An_edit_after_the_window_changes_nothing()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, new Dictionary<string, string?> { ["Chat:EditWindow"] = "00:00:00.200" });
        var asked = Api.SendText(Group, Member, "/ask ماذا قال بولياكوف؟");
        var answer = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Api.EditText(Group, asked, "/ask ماذا قال جوناثان وود؟");
        var next = Api.SendText(Group, Member, "/ask كوريا الشمالية");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == next);

        Assert.Empty(Api.CallsTo("editMessageText"));
        Assert.StartsWith("ما قاله أندريه بولياكوف", Api.Message(Group, answer.MessageId)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, Api.Sent.Count);
    }

    [Fact]
    public async Task An_edit_into_bad_input_replaces_the_answer_with_the_polite_refusal_and_takes_its_buttons_off()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var asked = Api.SendText(Group, Member, "/ask ماذا قال بولياكوف؟");
        var answer = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        Api.EditText(Group, asked, "/ask " + new string('ب', 400));
        await Api.WaitForCallsAsync("editMessageText", 1);

        var now = Api.Message(Group, answer.MessageId)!;
        Assert.Equal("السؤال طويل جدًا. اختصره في جملة واحدة من فضلك.", now["text"]!.GetValue<string>());
        Assert.Null(now["reply_markup"]);
        Assert.Single(Api.Sent);
    }

    [Fact]
    public async Task An_answer_over_several_messages_in_a_topic_is_edited_from_its_first_message_the_rest_deleted_or_added_in_the_topic()
    {
        Workspace.AddBriefing(LongAnswerBriefing.FileName, LongAnswerBriefing.Text());
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var topic = Api.CreateTopic(Forum, Member, "الطاقة");
        var asked = Api.SendTextInTopic(Forum, topic, Member, "/ask " + LongAnswerBriefing.Question);
        var last = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked && m.CallbackData.Count > 0);
        var parts = Api.Sent.Where(m => m.ReplyToMessageId == asked).ToList();
        Assert.True(parts.Count >= 2, $"the long answer went out in {parts.Count} message(s)");

        // Shorter now: the first message carries the whole answer and its buttons, the others go.
        Api.EditText(Forum, asked, "/ask ماذا قال بولياكوف؟");
        await Api.WaitUntilAsync(() => Api.DeletedByBot.Count == parts.Count - 1 ? Api.DeletedByBot : null);
        var first = Api.Message(Forum, parts[0].MessageId)!;
        Assert.StartsWith("ما قاله أندريه بولياكوف", first["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(CallbackData(first));
        Assert.Equal(parts.Skip(1).Select(p => (Forum.Id, p.MessageId)), Api.DeletedByBot);

        // Longer again: the first message is edited and the rest is posted after it, in the topic, replying to the question.
        Api.EditText(Forum, asked, "/ask " + LongAnswerBriefing.Question);
        var added = await Api.WaitForMessageAsync(m => m.MessageId > last.MessageId && m.CallbackData.Count > 0);
        Assert.Equal(topic, added.MessageThreadId);
        Assert.Equal(asked, added.ReplyToMessageId);
        Assert.Equal(parts.Count - 1, Api.Sent.Count(m => m.MessageId > last.MessageId));
        Assert.StartsWith(LongAnswerBriefing.Heading, Api.Message(Forum, parts[0].MessageId)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(2, Api.CallsTo("editMessageText").Count);
    }

    [Fact]
    public async Task Webhook_mode_asks_for_edits_and_edits_the_answer()
    {
        var (bot, listener) = await StartWebhookBotAsync();
        await using var _ = bot;
        using var http = new HttpClient { BaseAddress = listener };
        var chat = FakeChat.Private(Member);
        var question = Api.CreateTextUpdate(chat, Member, "ماذا قال بولياكوف؟");
        using (var asked = await PostAsync(http, question))
        {
            Assert.True(asked.IsSuccessStatusCode);
        }

        var answer = await Api.WaitForMessageAsync(m => m.ChatId == chat.Id);
        var edit = Api.CreateEditUpdate(chat, question["message"]!["message_id"]!.GetValue<int>(), "ماذا قال جوناثان وود؟");
        Assert.NotNull(edit);
        using (var edited = await PostAsync(http, edit))
        {
            Assert.True(edited.IsSuccessStatusCode);
        }

        var call = Assert.Single(await Api.WaitForCallsAsync("editMessageText", 1));
        Assert.Equal(Id(answer.MessageId), call.Get("message_id"));
        Assert.Contains("جوناثان وود", Api.Message(chat, answer.MessageId)!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, JsonObject update)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = JsonContent.Create(update) };
        request.Headers.Add(TelegramWebhookService.SecretHeader, WebhookSecret);
        return http.SendAsync(request);
    }

    private static List<string> CallbackData(JsonObject message) =>
        message["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => b["callback_data"]!.GetValue<string>())]
            : [];
}
