using BriefingBot.Core.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord;

/// <summary>Discord as a platform of the host: runs when <c>Discord:Token</c> is set.</summary>
public sealed class DiscordPlatform : IChatPlatform
{
    public string Name => "Discord";

    public string HowToConfigure => "Discord: set Discord__Token (the bot token from the Developer Portal); docs/discord.md";

    public bool IsConfigured(IConfiguration configuration) => DiscordAdapterServiceCollectionExtensions.HasDiscordToken(configuration);

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddDiscordAdapter(configuration);
}
