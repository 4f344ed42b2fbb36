using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Telegram.Tests;

/// <summary>The real bot against the fake Bot API over loopback HTTP: what a member sees in Telegram.</summary>
public sealed class TelegramBotEndToEndTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(5001, "ليلى", "layla");

    [Fact]
    public async Task A_private_question_is_answered_as_a_reply_quoting_the_passages_with_matches_in_bold()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);
        const string question = "ماذا قال بولياكوف؟";

        var asked = Api.SendText(chat, Member, question);
        var reply = await Api.WaitForMessageAsync(m => m.ChatId == chat.Id);

        var expected = Answer(bot, question);
        Assert.True(expected.Answered);
        Assert.Equal(asked, reply.ReplyToMessageId);
        Assert.All(expected.Passages, p => Assert.Contains(p.Passage.Text, reply.Text, StringComparison.Ordinal));
        Assert.Contains(reply.Bold, b => b.Contains("بولياكوف", StringComparison.Ordinal));
        var typing = Assert.Single(Api.CallsTo("sendChatAction"));
        Assert.Equal("typing", typing.Get("action"));
        Assert.True(typing.At <= Api.CallsTo("sendMessage")[0].At);
    }

    [Fact]
    public async Task The_command_menu_is_published_in_Arabic_and_English_at_start()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);

        var calls = await Api.WaitForCallsAsync("setMyCommands", 3);

        var english = Assert.Single(calls, c => c.Get("language_code") == "en");
        Assert.Contains(english.Parameters["commands"]!.AsArray(), c => c!["command"]!.ToString() == "ask" && c["description"]!.ToString().Contains("Ask", StringComparison.Ordinal));
        var arabic = Assert.Single(calls, c => c.Get("language_code") == "ar");
        Assert.Contains(arabic.Parameters["commands"]!.AsArray(), c => c!["command"]!.ToString() == "ask" && c["description"]!.ToString().Contains("سؤال", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Get("language_code") is null);
        Assert.All(calls, c => Assert.Equal(200, c.Status));
    }

    [Fact]
    public async Task In_a_group_only_ask_a_mention_or_a_reply_to_the_bot_is_answered()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var group = FakeChat.Group(-100200300);
        var other = new FakeUser(5002, "سامي");

        var chatter = Api.SendText(group, other, "ماذا قال بولياكوف؟");
        var otherBots = Api.SendText(group, other, "/ask@some_other_bot ماذا قال بولياكوف؟");
        var viaCommand = Api.SendText(group, Member, "/ask ماذا قال بولياكوف؟");
        var first = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == viaCommand);
        var viaMention = Api.SendText(group, other, $"@{FakeBotApi.BotUsername} ماذا قال جوناثان وود؟");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == viaMention);
        var viaReply = Api.SendText(group, Member, "وماذا قال وود؟", replyToMessageId: first.MessageId);
        var last = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == viaReply);

        Assert.Contains("وود", last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Api.Sent, m => m.ReplyToMessageId == chatter || m.ReplyToMessageId == otherBots);
        Assert.Equal(3, Api.Sent.Count(m => m.ChatId == group.Id));
    }

    [Fact]
    public async Task Group_administrators_are_moderators_for_moderator_commands_and_members_are_not()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, configure: s => s.AddChatCommandHandler<ModeratorProbe>());
        var group = FakeChat.Group(-100400500);
        var owner = new FakeUser(5003, "مشرف");
        Api.SetAdministrators(group, owner);

        var byMember = Api.SendText(group, Member, "/probe hello");
        var byOwner = Api.SendText(group, owner, "/probe hello");
        var refused = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == byMember);
        var allowed = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == byOwner);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, refused.Text);
        Assert.Equal("probed by a moderator: hello", allowed.Text);
    }

    [Fact]
    public async Task Markup_characters_in_passages_and_titles_reach_the_user_exactly_and_never_become_markup()
    {
        const string passage = "قال المهندس إن معادلة التشفير <b>س</b> & ص > ع تبقى صحيحة في نظام التشفير المداري الجديد، وإن الرمز &amp; يظهر كما كُتب حرفيًا.";
        Workspace.AddBriefing("2026-11-24-markup.ar.md", $"---\nid: 2026-11-24-markup\ntitle: اختبار <الرموز> & العلامات\ndate: 2026-11-24\n---\n\n{passage}\n");
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);

        var asked = Api.SendText(chat, Member, "نظام التشفير المداري <i>");
        var reply = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        Assert.Contains(passage, reply.Text, StringComparison.Ordinal);
        Assert.Contains("اختبار <الرموز> & العلامات", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Entities, e => e.Type is "text_link" or "code" or "pre" or "underline");
        Assert.All(Api.CallsTo("sendMessage"), c => Assert.Equal(200, c.Status));
    }

    [Fact]
    public async Task A_long_answer_is_split_between_passages_into_messages_Telegram_accepts()
    {
        var paragraphs = Enumerable.Range(1, 12).Select(LongParagraph).ToList();
        Workspace.AddBriefing("2026-11-24-cobalt.ar.md", "---\nid: 2026-11-24-cobalt\ntitle: أسواق الكوبالت\ndate: 2026-11-24\n---\n\n" + string.Join("\n\n", paragraphs) + "\n");
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, new Dictionary<string, string?> { ["Answering:Top"] = "10" });
        var chat = FakeChat.Private(Member);
        const string question = "مناجم الكوبالت";
        var expected = Answer(bot, question);
        Assert.True(expected.Passages.Count >= 6, "the test needs an answer longer than one message");

        var asked = Api.SendText(chat, Member, question);
        var messages = await Api.WaitUntilAsync(() =>
        {
            var sent = Api.Sent.Where(m => m.ReplyToMessageId == asked).ToList();
            return expected.Passages.All(p => sent.Any(m => m.Text.Contains(p.Passage.Text, StringComparison.Ordinal))) ? sent : null;
        });

        Assert.True(messages.Count >= 2);
        Assert.All(messages, m => Assert.InRange(m.Text.Length, 1, FakeBotApi.MaxMessageLength));
        Assert.All(Api.CallsTo("sendMessage"), c => Assert.Equal(200, c.Status));
        Assert.All(expected.Passages, p => Assert.Single(messages, m => m.Text.Contains(p.Passage.Text, StringComparison.Ordinal)));
        Assert.All(messages.SkipLast(1), m => Assert.Empty(m.CallbackData));
    }

    [Fact]
    public async Task The_more_button_sends_the_next_passages_and_the_button_press_is_answered()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);
        const string question = "كوريا الشمالية";
        var firstPage = Answer(bot, question);
        Assert.True(firstPage.HasMore, "the test needs a question with more passages than one page");

        var asked = Api.SendText(chat, Member, question);
        var first = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        var data = Assert.Single(first.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal));
        Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, 64);

        Api.PressButton(Member, first, data);
        var second = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == first.MessageId);
        await Api.WaitForCallsAsync("answerCallbackQuery", 1);

        var nextPage = Answer(bot, question, skip: firstPage.Passages.Count);
        Assert.NotEmpty(nextPage.Passages);
        Assert.All(nextPage.Passages, p => Assert.Contains(p.Passage.Text, second.Text, StringComparison.Ordinal));
        Assert.All(firstPage.Passages, p => Assert.DoesNotContain(p.Passage.Text, second.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_is_honoured_by_waiting_retry_after_before_sending_again()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);
        Api.Fail("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1);

        var asked = Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        var attempts = Api.CallsTo("sendMessage");
        Assert.Equal([429, 200], attempts.Select(a => a.Status));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.95), $"retried after {(attempts[1].At - attempts[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Failures_from_Telegram_and_odd_updates_never_stop_the_bot_and_never_leak_the_token()
    {
        Api.Fail("getUpdates", 502, "Bad Gateway", times: 2);
        Api.Fail("getUpdates", 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);

        Api.AddRawUpdate(new JsonObject { ["edited_message"] = new JsonObject { ["message_id"] = 1, ["date"] = 0, ["chat"] = chat.ToJson() } });
        Api.AddRawUpdate(new JsonObject { ["message"] = new JsonObject { ["message_id"] = 2, ["date"] = 0, ["chat"] = chat.ToJson(), ["sticker"] = new JsonObject() } });
        Api.Fail("sendMessage", 400, "Bad Request: chat is deactivated");
        var dropped = Api.SendText(chat, Member, "ماذا قال وود؟");
        var asked = Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        Assert.DoesNotContain(Api.Sent, m => m.ReplyToMessageId == dropped);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("chat is deactivated", StringComparison.Ordinal));
        var secret = FakeBotApi.Token.Split(':')[1];
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restart_neither_answers_an_update_twice_nor_skips_one()
    {
        var chat = FakeChat.Private(Member);
        int beforeRestart;
        await using (var first = await TelegramBotHarness.StartAsync(Api, Workspace))
        {
            beforeRestart = Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
            await Api.WaitForMessageAsync(m => m.ReplyToMessageId == beforeRestart);
        }

        Api.ForgetConfirmations();
        var whileDown = Api.SendText(chat, Member, "ماذا قال جوناثان وود؟");
        var pollsBefore = Api.CallsTo("getUpdates").Count;
        await using var second = await TelegramBotHarness.StartAsync(Api, Workspace);
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == whileDown);
        var afterRestart = Api.SendText(chat, Member, "كوريا الشمالية");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == afterRestart);

        Assert.Single(Api.Sent, m => m.ReplyToMessageId == beforeRestart);
        Assert.Single(Api.Sent, m => m.ReplyToMessageId == whileDown);
        var firstPollAfterRestart = Api.CallsTo("getUpdates")[pollsBefore];
        Assert.NotNull(firstPollAfterRestart.Get("offset"));
        Assert.True(File.Exists(Path.Combine(Workspace.DataDirectory, "telegram", $"offset-{FakeBotApi.BotId}.txt")));
    }

    [Fact]
    public async Task Webhook_mode_sets_the_webhook_and_answers_only_requests_carrying_the_secret()
    {
        var (bot, listener) = await StartWebhookBotAsync();
        await using var running = bot;
        Assert.Equal(WebhookUrl, Api.WebhookUrl);
        Assert.Equal(WebhookSecret, Api.WebhookSecret);
        var chat = FakeChat.Private(Member);
        using var http = new HttpClient { BaseAddress = listener };

        using var forged = await http.PostAsync("/telegram/updates", Json(Api.CreateTextUpdate(chat, Member, "ماذا قال بولياكوف؟")));
        var update = Api.CreateTextUpdate(chat, Member, "ماذا قال جوناثان وود؟");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = Json(update) };
        request.Headers.Add(TelegramWebhookService.SecretHeader, WebhookSecret);
        using var genuine = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        var reply = Assert.Single(Api.Sent);
        Assert.Equal(update["message"]!["message_id"]!.GetValue<int>(), reply.ReplyToMessageId);
        Assert.Contains("وود", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_mode_answers_an_update_Telegram_delivers_again_only_once()
    {
        var (bot, listener) = await StartWebhookBotAsync();
        await using var running = bot;
        using var http = new HttpClient { BaseAddress = listener };
        var chat = FakeChat.Private(Member);
        var first = Api.CreateTextUpdate(chat, Member, "ماذا قال جوناثان وود؟");
        var second = Api.CreateTextUpdate(chat, Member, "ماذا قال بولياكوف؟");

        // The first update arrives twice (Telegram did not get the response in time), the second in between.
        foreach (var update in new[] { first, second, first })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = Json(update) };
            request.Headers.Add(TelegramWebhookService.SecretHeader, WebhookSecret);
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(
            [first["message"]!["message_id"]!.GetValue<int>(), second["message"]!["message_id"]!.GetValue<int>()],
            Api.Sent.Select(s => s.ReplyToMessageId));
    }

    private sealed class ModeratorProbe : IChatCommandHandler
    {
        public ChatCommandKind Kind => (ChatCommandKind)1000;

        public IReadOnlyList<string> Names { get; } = ["probe"];

        public bool ModeratorOnly => true;

        public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(ChatReply.Text("probed by a moderator: " + request.Command.Argument, request.Language));
    }

    private static Answer Answer(TelegramBotHarness bot, string question, int skip = 0) =>
        bot.Services.GetRequiredService<QuestionAnswerer>().Answer(new AnswerRequest(question, Skip: skip));

    private static StringContent Json(JsonObject json) => new(json.ToJsonString(), Encoding.UTF8, "application/json");

    private static string LongParagraph(int n) =>
        string.Create(CultureInfo.InvariantCulture, $"الفقرة {n}: ") +
        string.Concat(Enumerable.Repeat($"تتوسع مناجم الكوبالت في الإقليم رقم {n} وتزداد صادراتها إلى الأسواق الآسيوية والأوروبية عامًا بعد عام، ", 6)) +
        "ويرى المحللون أن الطلب على البطاريات سيبقي الأسعار مرتفعة.";
}
