using BriefingBot.Discord.Client.Gateway;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Client.Tests;

public sealed class DiscordClientOptionsTests
{
    [Fact]
    public void Defaults_follow_discord_guidance()
    {
        var options = new DiscordClientOptions();

        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
        Assert.Equal(GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages, options.EffectiveIntents);
        Assert.Equal(TimeSpan.FromSeconds(1), options.InvalidSessionMinDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.InvalidSessionMaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.IdentifyInterval);
        Assert.Equal(50, options.GlobalRequestsPerSecond);
    }

    [Fact]
    public void Message_content_flag_adds_the_privileged_intent()
    {
        var options = new DiscordClientOptions { MessageContent = true };

        Assert.True(options.EffectiveIntents.HasFlag(GatewayIntents.MessageContent));
        Assert.Equal(1 << 15, (int)GatewayIntents.MessageContent);
    }

    [Fact]
    public void Binds_from_the_discord_configuration_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "abc",
            ["Discord:MessageContent"] = "true",
            ["Discord:Intents"] = "Guilds, DirectMessages",
            ["Discord:GuildIds:0"] = "200",
            ["Discord:UserAgentVersion"] = "2.5",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddDiscordClient(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value;

        Assert.Equal("abc", options.Token);
        Assert.Equal(GatewayIntents.Guilds | GatewayIntents.DirectMessages | GatewayIntents.MessageContent, options.EffectiveIntents);
        Assert.Equal(["200"], options.GuildIds);
        Assert.Equal("DiscordBot (https://github.com/briefingbot/briefingbot, 2.5)", options.UserAgent);
        Assert.NotNull(provider.GetRequiredService<DiscordGatewayClient>());
    }
}
