using BriefingBot.Core.Configuration;

namespace BriefingBot.Telegram.Tests;

public class TelegramOptionsTests
{
    private static List<string> Failures(TelegramOptions options) =>
        new ConfigurationKeyValidator<TelegramOptions>(TelegramOptions.Section).Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Empty(Failures(new TelegramOptions { Token = "123456789:fake-test-token" }));
    }

    [Fact]
    public void Send_limits_and_the_webhook_secret_are_checked_under_their_keys_and_the_secret_is_never_quoted()
    {
        var options = new TelegramOptions
        {
            Limits = new TelegramSendLimits { PerChatPerSecond = 0, InitialBackoff = TimeSpan.FromMinutes(5), MaxBackoff = TimeSpan.FromSeconds(30) },
            Webhook = new TelegramWebhookOptions { Url = "https://bot.example.org/telegram", SecretToken = "has spaces and ü" },
        };

        var failures = Failures(options);

        Assert.Equal(3, failures.Count);
        Assert.Contains("Telegram:Limits:PerChatPerSecond must be at least 0.01 (it is 0).", failures);
        Assert.Contains(failures, f => f.StartsWith("Telegram:Limits:InitialBackoff: ", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Telegram:Webhook:SecretToken must be", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("has spaces", StringComparison.Ordinal));
    }
}
