using BriefingBot.Discord.Hosting;
using BriefingBot.Telegram;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests;

public class BotHostTests
{
    private static HostApplicationBuilder Builder(Dictionary<string, string?> settings)
    {
        var builder = BotHost.CreateBuilder(quiet: true);
        foreach (var (key, value) in settings)
        {
            builder.Configuration[key] = value;
        }

        return builder;
    }

    [Fact]
    public void Only_the_platforms_whose_token_is_set_are_added()
    {
        var builder = Builder(new() { ["Discord:Token"] = "fake-test-token" });

        var any = BotHost.AddChatPlatforms(builder);

        Assert.True(any);
        Assert.Equal(["Discord"], BotHost.ConfiguredPlatforms(builder.Configuration).Select(p => p.Name));
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(DiscordBotService));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(TelegramUpdateHandler));
    }

    [Fact]
    public void Both_platforms_run_side_by_side_when_both_tokens_are_set()
    {
        var builder = Builder(new() { ["Telegram:Token"] = "123456789:fake-test-token", ["Discord:Token"] = "fake-test-token" });

        BotHost.AddChatPlatforms(builder);

        Assert.Equal(["Telegram", "Discord"], BotHost.ConfiguredPlatforms(builder.Configuration).Select(p => p.Name));
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(DiscordBotService));
        Assert.Contains(builder.Services, d => d.ServiceType == typeof(TelegramUpdateHandler));
    }

    [Fact]
    public void With_no_token_nothing_is_added_and_the_message_says_how_to_configure_every_platform()
    {
        var builder = Builder([]);

        Assert.False(BotHost.AddChatPlatforms(builder));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(DiscordBotService) || d.ServiceType == typeof(TelegramUpdateHandler));
        Assert.All(BotHost.Platforms, p => Assert.Contains(p.HowToConfigure, BotHost.NoPlatformMessage, StringComparison.Ordinal));
        Assert.Contains("Telegram__Token", BotHost.NoPlatformMessage, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", BotHost.NoPlatformMessage, StringComparison.Ordinal);
    }
}
