using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// One update the bot cannot read (a lone surrogate in its JSON) is skipped and logged by its id; everyone else in
/// the same batch is answered and polling moves past it, so a server that keeps updates until confirmed does not
/// hand the bot the same batch forever.
/// </summary>
public sealed class TelegramPoisonUpdateTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(5003, "هدى", "huda");
    private static readonly FakeUser Other = new(5004, "Omar", "omar", "en");

    [Fact]
    public async Task A_poison_update_in_a_batch_is_skipped_and_logged_and_the_rest_are_answered()
    {
        var chat = FakeChat.Private(Member);
        var otherChat = FakeChat.Private(Other);
        var before = Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        var poison = Api.AddRawUpdate(PoisonMessage(chat));
        var after = Api.SendText(otherChat, Other, "ماذا قال جوناثان وود؟");

        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == before);
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == after);
        await Api.WaitUntilAsync(() => Api.ConfirmedOffset > poison ? "confirmed" : null);

        Assert.Equal(2, Api.Sent.Count);
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"update {poison}", StringComparison.OrdinalIgnoreCase) && l.Contains("skipped", StringComparison.OrdinalIgnoreCase));

        // Polling goes on normally after the batch that was taken apart.
        var later = Api.SendText(chat, Member, "كوريا الشمالية");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == later);
    }

    [Fact]
    public async Task A_poison_update_posted_to_the_webhook_is_acknowledged_logged_and_the_next_is_answered()
    {
        var (bot, listener) = await StartWebhookBotAsync();
        await using var running = bot;
        using var http = new HttpClient { BaseAddress = listener };
        var chat = FakeChat.Private(Member);
        var poison = Api.CreateTextUpdate(chat, Member, FakeBotApi.LoneSurrogate);
        var next = Api.CreateTextUpdate(chat, Member, "ماذا قال بولياكوف؟");

        using var poisonResponse = await PostAsync(http, WebhookSecret, FakeBotApi.RawJson(poison));
        using var garbageResponse = await PostAsync(http, WebhookSecret, "this is not JSON");
        using var nextResponse = await PostAsync(http, WebhookSecret, FakeBotApi.RawJson(next));

        Assert.Equal(HttpStatusCode.OK, poisonResponse.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbageResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nextResponse.StatusCode);
        var reply = Assert.Single(Api.Sent);
        Assert.Equal(next["message"]!["message_id"]!.GetValue<int>(), reply.ReplyToMessageId);
        var poisonId = poison["update_id"]!.GetValue<int>();
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"update {poisonId}", StringComparison.OrdinalIgnoreCase) && l.Contains("skipped", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("webhook", StringComparison.OrdinalIgnoreCase) && l.Contains("not an update", StringComparison.OrdinalIgnoreCase));
    }

    private static JsonObject PoisonMessage(FakeChat chat) => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = 77,
            ["date"] = 0,
            ["chat"] = chat.ToJson(),
            ["from"] = Member.ToJson(),
            ["text"] = FakeBotApi.LoneSurrogate,
        },
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string secret, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/updates") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelegramWebhookService.SecretHeader, secret);
        return http.SendAsync(request);
    }
}
