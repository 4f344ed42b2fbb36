using BriefingBot.Adapters;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Hosting;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Slash_commands_are_registered_globally_at_start_in_arabic_with_english_localizations()
    {
        await using var harness = await AdapterHarness.StartAsync();

        await Eventually.TrueAsync(() => harness.Server.RequestsTo("PUT", $"/applications/{AdapterHarness.ApplicationId}/commands").Count == 1, "the global registration");
        var commands = harness.Server.RequestsTo("PUT", $"/applications/{AdapterHarness.ApplicationId}/commands")[0].Json.EnumerateArray().ToList();
        Assert.Equal(["ask", "help", "briefings", "today", "brief", "unbrief", "gaps", "community", "link", "settings"], commands.Select(c => c.GetProperty("name").GetString()));
        var ask = commands[0];
        Assert.Equal("اطرح سؤالًا عن الموجزات", ask.GetProperty("description").GetString());
        Assert.Equal("Ask about the briefings", ask.GetProperty("description_localizations").GetProperty("en-US").GetString());
        var question = Assert.Single(ask.GetProperty("options").EnumerateArray().ToList());
        Assert.Equal("question", question.GetProperty("name").GetString());
        Assert.Equal(3, question.GetProperty("type").GetInt32());
        Assert.True(question.GetProperty("required").GetBoolean());
        Assert.Equal(300, question.GetProperty("max_length").GetInt32());
        Assert.DoesNotContain(harness.Server.Requests, r => r.Path.Contains("/guilds/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slash_commands_are_registered_in_each_configured_guild_instead_of_globally()
    {
        await using var harness = await AdapterHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:GuildIds:0"] = "111",
            ["Discord:GuildIds:1"] = "222",
        });

        await Eventually.TrueAsync(
            () => harness.Server.Requests.Count(r => r.Method == "PUT" && r.Path.Contains("/guilds/", StringComparison.Ordinal)) == 2,
            "both guild registrations");
        Assert.Single(harness.Server.RequestsTo("PUT", $"/applications/{AdapterHarness.ApplicationId}/guilds/111/commands"));
        Assert.Single(harness.Server.RequestsTo("PUT", $"/applications/{AdapterHarness.ApplicationId}/guilds/222/commands"));
        Assert.Empty(harness.Server.RequestsTo("PUT", $"/applications/{AdapterHarness.ApplicationId}/commands"));
    }

    [Fact]
    public async Task An_invalid_token_close_stops_the_discord_bot_with_a_clear_log_and_the_host_keeps_running_for_another_platform()
    {
        await using var harness = await AdapterHarness.StartAsync(configureServices: s => s.AddServedPlatform("Telegram"));
        var connection = await harness.Server.NextConnectionAsync();
        await connection.WaitForOpAsync(2);

        await connection.CloseAsync(4004, "Authentication failed.");

        await harness.Service.Stopped.WaitAsync(TestTimeouts.Default);
        Assert.True(harness.Service.Stopped.IsCompletedSuccessfully, "the bot must stop without faulting, or the host would stop too");
        Assert.False(harness.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        var refusal = Assert.Single(harness.Logs.Logs, l => l.Level == LogLevel.Critical && l.Category.EndsWith(nameof(BriefingBot.Discord.Hosting.DiscordBotService), StringComparison.Ordinal));
        Assert.Contains("4004", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("token", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(harness.Logs.Logs, l => l.ToString().Contains(AdapterHarness.Token, StringComparison.Ordinal));
        Assert.Equal(1, harness.Server.ConnectionCount);
        Assert.Null(harness.Host.Services.GetRequiredService<ServingPlatforms>().ExitCode);
    }

    [Fact]
    public async Task An_invalid_token_close_of_the_only_platform_stops_the_host_with_a_non_zero_exit_code()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.WaitForOpAsync(2);

        await connection.CloseAsync(4004, "Authentication failed.");

        var lifetime = harness.Host.Services.GetRequiredService<IHostApplicationLifetime>();
        var stopping = new TaskCompletionSource();
        using var onStopping = lifetime.ApplicationStopping.Register(() => stopping.TrySetResult());
        await stopping.Task.WaitAsync(TestTimeouts.Default);
        Assert.Equal(ServingPlatforms.NoPlatformLeftExitCode, harness.Host.Services.GetRequiredService<ServingPlatforms>().ExitCode);
        Assert.Contains(harness.Logs.Logs, l => l.Level == LogLevel.Critical && l.Message.Contains("no configured chat platform is left", StringComparison.Ordinal));
    }
}
