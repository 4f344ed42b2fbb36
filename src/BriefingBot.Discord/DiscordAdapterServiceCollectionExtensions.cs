using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Configuration;
using BriefingBot.Core.Library;
using BriefingBot.Core.Operations;
using BriefingBot.Discord.Client;
using BriefingBot.Discord.Client.Rest;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Discord;

public static class DiscordAdapterServiceCollectionExtensions
{
    /// <summary>How the Discord bot is named among the platforms the host serves.</summary>
    public const string PlatformName = "Discord";

    /// <summary>True when configuration has a Discord bot token (<c>Discord:Token</c>, env <c>Discord__Token</c>), i.e. the bot should run.</summary>
    public static bool HasDiscordToken(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{DiscordAdapterOptions.SectionName}:Token"]);
    }

    /// <summary>
    /// Registers the Discord client, the adapter and its hosted service. Needs <c>AddBriefingCore</c>; adds the
    /// chat core too (its registrations are idempotent), so it does not matter which adapter registers it first.
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddChatCore(configuration);
        services.AddDiscordClient(configuration);
        services.AddOptions<DiscordAdapterOptions>().Bind(configuration.GetSection(DiscordAdapterOptions.SectionName)).ValidateKeysOnStart(DiscordAdapterOptions.SectionName);
        services.AddOptions<DiscordClientOptions>().ValidateKeysOnStart(DiscordClientOptions.SectionName);
        services.AddSingleton(new ExpectedPlatform(DiscordMessageTranslator.Platform));
        services.AddHttpClient(nameof(DiscordRestClient))
            .AddHttpMessageHandler(sp => new ApiResponseCounter(sp.GetRequiredService<BotMetrics>(), DiscordMessageTranslator.Platform));
        services.AddHttpClient(DiscordAttachmentDownloader.HttpClientName);
        services.TryAddSingleton<DiscordBotIdentity>();
        services.TryAddSingleton<DiscordSenderRoles>();
        services.TryAddSingleton<DiscordAttachmentDownloader>();
        services.TryAddSingleton<DiscordMessageTranslator>();
        services.TryAddSingleton<DiscordChannelDirectory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGroupMembership, DiscordGroupMembership>());
        services.TryAddSingleton<DiscordReplyRenderer>();
        services.TryAddSingleton<DiscordEventHandler>();
        services.TryAddSingleton<DiscordEditedQuestions>();
        services.TryAddSingleton<DiscordStatusReporter>();
        services.TryAddSingleton<DiscordBotService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBriefingAnnouncer, DiscordAnnouncer>());
        services.AddServedPlatform(PlatformName);
        services.AddHostedService(sp => sp.GetRequiredService<DiscordBotService>());
        return services;
    }
}
