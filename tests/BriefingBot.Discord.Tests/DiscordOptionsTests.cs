using BriefingBot.Core;
using BriefingBot.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests;

public class DiscordOptionsTests
{
    private static string? Check(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBriefingCore(configuration).AddDiscordAdapter(configuration);
        using var provider = services.BuildServiceProvider();
        return InvalidConfiguration.Check(provider);
    }

    [Fact]
    public void The_defaults_with_a_token_are_valid()
    {
        Assert.Null(Check(new() { ["Discord:Token"] = "fake-test-token" }));
    }

    [Fact]
    public void Adapter_and_client_settings_are_checked_at_start_under_their_keys()
    {
        var message = Check(new()
        {
            ["Discord:Token"] = "fake-test-token",
            ["Discord:MaxConcurrentAnswers"] = "0",
            ["Discord:GlobalRequestsPerSecond"] = "0",
            ["Discord:ReconnectInitialDelay"] = "00:05:00",
        });

        Assert.NotNull(message);
        Assert.Contains("Discord:MaxConcurrentAnswers must be at least 1 (it is 0).", message, StringComparison.Ordinal);
        Assert.Contains("Discord:GlobalRequestsPerSecond must be at least 1 (it is 0).", message, StringComparison.Ordinal);
        Assert.Contains("Discord:ReconnectInitialDelay: ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-test-token", message, StringComparison.Ordinal);
    }
}
