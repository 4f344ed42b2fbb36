using BriefingBot.Adapters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Telegram.Tests;

/// <summary>The token stays out of every log line, and a token Telegram refuses stops the host with a non-zero exit code.</summary>
public sealed class TelegramSecretAndExitTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(5005, "نور", "nour");

    [Fact]
    public async Task A_response_echoing_the_request_path_fails_the_send_without_the_token_reaching_the_log()
    {
        Api.EchoRequestPath = true;
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var chat = FakeChat.Private(Member);

        Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await Api.WaitForCallsAsync("sendMessage", 1);
        await Api.WaitUntilAsync(() => bot.Logs.Lines.FirstOrDefault(l => l.Contains("could not be handled", StringComparison.Ordinal)));

        var secret = FakeBotApi.Token.Split(':')[1];
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_token_Telegram_refuses_stops_the_only_platform_and_the_host_with_a_non_zero_exit_code()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, new Dictionary<string, string?> { ["Telegram:Token"] = "123456789:a-token-telegram-refuses" });

        var lifetime = bot.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource();
        using var onStopping = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        await stopping.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(ServingPlatforms.NoPlatformLeftExitCode, bot.Services.GetRequiredService<ServingPlatforms>().ExitCode);
        Assert.Contains(bot.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("rejected the bot token (401)", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("a-token-telegram-refuses", StringComparison.Ordinal));
    }
}
