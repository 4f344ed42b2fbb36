using BriefingBot.Adapters;
using BriefingBot.Discord.Client.Gateway;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Client;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Registers options bound from <c>Discord</c>, <see cref="DiscordRestClient"/>,
    /// <see cref="DiscordGatewayClient"/> and <see cref="CommandRegistrar"/> as singletons.
    /// Running the gateway (e.g. from a hosted service) is left to the caller.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DiscordClientOptions>()
            .Bind(configuration.GetSection(DiscordClientOptions.SectionName))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Token), "Discord:Token is required.")
            .ValidateOnStart();
        // From the configuration itself, not the validated options: a log line naming an invalid setting must still be redacted.
        services.AddLogSecret(_ => configuration[$"{DiscordClientOptions.SectionName}:{nameof(DiscordClientOptions.Token)}"]);
        services.TryAddSingleton(TimeProvider.System);
        // The default HttpClient logs print request URIs, and interaction routes carry the interaction
        // token in the path; DiscordRestClient logs route templates instead.
        services.AddHttpClient(nameof(DiscordRestClient)).RemoveAllLoggers();
        services.TryAddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<DiscordClientOptions>>(),
            sp.GetService<ILogger<DiscordRestClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new DiscordGatewayClient(
            sp.GetRequiredService<IOptions<DiscordClientOptions>>(),
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetService<ILogger<DiscordGatewayClient>>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<CommandRegistrar>();
        return services;
    }
}
