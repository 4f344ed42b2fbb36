using BriefingBot.Adapters;

namespace BriefingBot.Tests.Hosting;

/// <summary>
/// The real host process against the fake Telegram and Discord servers: it exits non-zero once no configured
/// platform is left serving (so a supervisor restarts or alerts), and keeps serving while one still does.
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private const string DiscordToken = "MTIz.host-test-discord-token.XyZ";
    private readonly string _root = HostProcess.NewTempDirectory();

    [Fact]
    public async Task A_Telegram_only_bot_whose_token_is_refused_exits_with_the_no_platform_left_code()
    {
        await using var telegram = await FakeBotApi.StartAsync();

        var (exitCode, _, error) = await HostProcess.RunAsync(_root, new Dictionary<string, string>
        {
            ["Telegram__Token"] = "123456789:a-token-telegram-refuses",
            ["Telegram__BaseUrl"] = telegram.BaseUrl.ToString(),
        });

        Assert.Equal(ServingPlatforms.NoPlatformLeftExitCode, exitCode);
        Assert.DoesNotContain("a-token-telegram-refuses", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Discord_only_bot_closed_with_a_fatal_code_exits_with_the_no_platform_left_code()
    {
        await using var discord = await FakeDiscordServer.StartAsync();
        using var process = HostProcess.Start(_root, new Dictionary<string, string>
        {
            ["Discord__Token"] = DiscordToken,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        var connection = await discord.NextConnectionAsync(HostProcess.HangGuard);
        await connection.WaitForOpAsync(2);
        await connection.CloseAsync(4004, "Authentication failed.");
        using var timeout = new CancellationTokenSource(HostProcess.HangGuard);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(ServingPlatforms.NoPlatformLeftExitCode, process.ExitCode);
        Assert.DoesNotContain(DiscordToken, await output + await error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_Telegram_refuses_its_token_the_host_keeps_running_and_Discord_still_answers()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        await using var discord = await FakeDiscordServer.StartAsync();
        using var process = HostProcess.Start(_root, new Dictionary<string, string>
        {
            ["Telegram__Token"] = "123456789:a-token-telegram-refuses",
            ["Telegram__BaseUrl"] = telegram.BaseUrl.ToString(),
            ["Discord__Token"] = DiscordToken,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        });
        process.StandardInput.Close();
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var connection = await discord.NextConnectionAsync(HostProcess.HangGuard);
            await connection.WaitForOpAsync(2);
            await connection.SendReadyAsync("session-1", 1);
            await telegram.WaitForCallsAsync("getMe", 1, HostProcess.HangGuard);

            await connection.SendDispatchAsync("MESSAGE_CREATE", 2, new
            {
                id = "m1",
                channel_id = "100",
                guild_id = "200",
                author = new { id = "7", username = "reader", bot = false },
                content = "<@42> ماذا قال بولياكوف؟",
                mentions = new[] { new { id = "42", username = "briefing-bot", bot = true } },
                attachments = Array.Empty<object>(),
            });

            await Eventually.TrueAsync(() => discord.RequestsTo("POST", "/channels/100/messages").Count > 0, "Discord's answer", HostProcess.HangGuard);
            Assert.All(telegram.CallsTo("getMe"), c => Assert.Equal(401, c.Status));
            Assert.False(process.HasExited);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
