using BriefingBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// Fault injection on the calls the bot makes once at start (getMe, setMyCommands, deleteWebhook, setWebhook):
/// a passing outage is retried with back-off and the bot goes on to answer; the command menu is never fatal.
/// </summary>
public sealed class TelegramStartupFaultTests : IAsyncLifetime
{
    private static readonly FakeUser Member = new(5002, "سارة", "sara");
    private readonly BotWorkspace _workspace = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _workspace.Dispose();
    }

    [Theory]
    [InlineData("getMe")]
    [InlineData("setMyCommands")]
    [InlineData("deleteWebhook")]
    public async Task A_server_error_once_on_a_start_up_call_is_retried_and_the_bot_still_answers(string method)
    {
        _api.Fail(method, 500, "Internal Server Error");
        await using var bot = await TelegramBotHarness.StartAsync(_api, _workspace);
        var chat = FakeChat.Private(Member);

        var asked = _api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await _api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        await _api.WaitUntilAsync(() => _api.CallsTo(method).FirstOrDefault(c => c.Status == 200));
        Assert.Equal(500, _api.CallsTo(method)[0].Status);
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_command_menu_Telegram_keeps_refusing_never_keeps_the_bot_from_answering()
    {
        _api.Fail("setMyCommands", 500, "Internal Server Error", times: 1000);
        await using var bot = await TelegramBotHarness.StartAsync(_api, _workspace);
        var chat = FakeChat.Private(Member);

        var asked = _api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await _api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        Assert.All(_api.CallsTo("setMyCommands"), c => Assert.Equal(500, c.Status));
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task A_server_error_once_on_setWebhook_is_retried_and_the_webhook_is_set()
    {
        _api.Fail("setWebhook", 500, "Internal Server Error");
        _api.Fail("setMyCommands", 502, "Bad Gateway");
        await using var bot = await TelegramBotHarness.StartAsync(_api, _workspace, new Dictionary<string, string?>
        {
            ["Telegram:Webhook:Url"] = "https://bot.example.org/telegram/updates",
            ["Telegram:Webhook:SecretToken"] = "s3cret-webhook_token",
            ["Telegram:Webhook:ListenUrl"] = "http://127.0.0.1:0",
        });

        await _api.WaitUntilAsync(() => _api.WebhookUrl);

        Assert.Equal([500, 200], _api.CallsTo("setWebhook").Select(c => c.Status));
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}
