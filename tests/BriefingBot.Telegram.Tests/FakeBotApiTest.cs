using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Telegram.Tests;

/// <summary>A test class whose every test gets a fresh fake Bot API on loopback and a workspace of its own.</summary>
public abstract class FakeBotApiTest : IAsyncLifetime
{
    protected BotWorkspace Workspace { get; } = new();

    protected FakeBotApi Api { get; private set; } = null!;

    /// <summary>The secret the webhook bot of <see cref="StartWebhookBotAsync"/> expects in every request.</summary>
    protected const string WebhookSecret = "s3cret-webhook_token";

    /// <summary>The public address the webhook bot of <see cref="StartWebhookBotAsync"/> registers with Telegram.</summary>
    protected const string WebhookUrl = "https://bot.example.org/telegram/updates";

    public async Task InitializeAsync() => Api = await FakeBotApi.StartAsync();

    /// <summary>The bot in webhook mode on a loopback port, once it has registered its webhook, and that port's address.</summary>
    protected async Task<(TelegramBotHarness Bot, Uri Listener)> StartWebhookBotAsync()
    {
        var bot = await TelegramBotHarness.StartAsync(Api, Workspace, new Dictionary<string, string?>
        {
            ["Telegram:Webhook:Url"] = WebhookUrl,
            ["Telegram:Webhook:SecretToken"] = WebhookSecret,
            ["Telegram:Webhook:ListenUrl"] = "http://127.0.0.1:0",
        });
        await Api.WaitForCallsAsync("setWebhook", 1);
        return (bot, bot.Services.GetRequiredService<TelegramWebhookService>().ListeningOn!);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        Workspace.Dispose();
    }
}
