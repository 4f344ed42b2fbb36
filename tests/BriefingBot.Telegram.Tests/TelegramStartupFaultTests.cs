using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// Fault injection on the calls the bot makes once at start (getMe, setMyCommands, deleteWebhook, setWebhook):
/// a passing outage is retried with back-off and the bot goes on to answer; the command menu is never fatal.
/// </summary>
public sealed class TelegramStartupFaultTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(5002, "سارة", "sara");

    [Theory]
    [InlineData("getMe")]
    [InlineData("setMyCommands")]
    [InlineData("deleteWebhook")]
    public async Task A_server_error_once_on_a_start_up_call_is_retried_and_the_bot_still_answers(string method)
    {
        Api.Fail(method, 500, "Internal Server Error");
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);

        var asked = Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        await Api.WaitUntilAsync(() => Api.CallsTo(method).FirstOrDefault(c => c.Status == 200));
        Assert.Equal(500, Api.CallsTo(method)[0].Status);
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_command_menu_Telegram_keeps_refusing_never_keeps_the_bot_from_answering()
    {
        Api.Fail("setMyCommands", 500, "Internal Server Error", times: 1000);
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);

        var asked = Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        Assert.All(Api.CallsTo("setMyCommands"), c => Assert.Equal(500, c.Status));
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_server_error_once_on_setWebhook_is_retried_and_the_webhook_is_set()
    {
        Api.Fail("setWebhook", 500, "Internal Server Error");
        Api.Fail("setMyCommands", 502, "Bad Gateway");
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, new Dictionary<string, string?>
        {
            ["Telegram:Webhook:Url"] = "https://bot.example.org/telegram/updates",
            ["Telegram:Webhook:SecretToken"] = "s3cret-webhook_token",
            ["Telegram:Webhook:ListenUrl"] = "http://127.0.0.1:0",
        });

        await Api.WaitUntilAsync(() => Api.WebhookUrl);

        Assert.Equal([500, 200], Api.CallsTo("setWebhook").Select(c => c.Status));
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}
