using Microsoft.Extensions.Configuration;

namespace BriefingBot.Discord.Tests.Hosting;

public sealed class RegistrationTests
{
    [Theory]
    [InlineData("MTIz.token", true)]
    [InlineData("  ", false)]
    [InlineData(null, false)]
    public void The_bot_runs_only_when_a_discord_token_is_configured(string? token, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = token }).Build();

        Assert.Equal(expected, DiscordAdapterServiceCollectionExtensions.HasDiscordToken(configuration));
    }
}
