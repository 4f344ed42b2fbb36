using System.Globalization;
using System.Net;
using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Configuration;
using BriefingBot.Core.Library;
using BriefingBot.Core.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace BriefingBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>How the Telegram bot is named among the platforms the host serves.</summary>
    public const string PlatformName = "Telegram";

    /// <summary>True when configuration has a Telegram token, i.e. the adapter should run.</summary>
    public static bool HasTelegramToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}"]);

    /// <summary>Maps the webhook route (<c>Telegram:Webhook</c>) on a listener the host serves, beside its own routes.</summary>
    public static IEndpointConventionBuilder MapTelegramWebhook(IEndpointRouteBuilder routes, IServiceProvider services) =>
        services.GetRequiredService<TelegramWebhookEndpoint>().Map(routes);

    /// <summary>
    /// Registers the Telegram adapter and its hosted service (long polling, or the webhook listener when
    /// <c>Telegram:Webhook:Url</c> is set). Needs the chat core (<c>AddChatCore</c>).
    /// </summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelegramOptions.Section);
        services.AddOptions<TelegramOptions>().Bind(section).ValidateKeysOnStart(TelegramOptions.Section);
        // Telegram:BriefingChatIds predates the core's Chat:BriefingChats; it still names Telegram's briefing chats.
        services.AddOptions<ChatOptions>().PostConfigure<IOptions<TelegramOptions>>((chat, telegram) =>
            chat.BriefingChats.AddRange(telegram.Value.BriefingChatIds.Select(id => TelegramMessageTranslator.Platform + ":" + id.ToString(CultureInfo.InvariantCulture))));
        // The whole token and its secret half (after the bot id), which is what a request URL carries. Read from the
        // configuration itself, not the validated options: a log line naming an invalid setting must still be redacted.
        var tokenKey = $"{TelegramOptions.Section}:{nameof(TelegramOptions.Token)}";
        services.AddLogSecret(_ => configuration[tokenKey]);
        services.AddLogSecret(_ => configuration[tokenKey]?.Split(':', 2) is [_, var secret] ? secret : null);
        services.AddServedPlatform(PlatformName);
        services.AddSingleton(new ExpectedPlatform(TelegramMessageTranslator.Platform));
        services.TryAddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            // A plain HttpClient: the factory's logging handler would write request URLs, which carry the token.
            var wire = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AutomaticDecompression = DecompressionMethods.All };
            var counted = new ApiResponseCounter(sp.GetRequiredService<BotMetrics>(), TelegramMessageTranslator.Platform) { InnerHandler = wire };
            var http = new HttpClient(counted)
            {
                Timeout = TimeSpan.FromSeconds(settings.PollingTimeoutSeconds + 30),
            };
            try
            {
                var clientOptions = new TelegramBotClientOptions(settings.Token!, string.IsNullOrWhiteSpace(settings.BaseUrl) ? null : settings.BaseUrl)
                {
                    // 429 is honoured by the send queue, which also holds back the rest of that chat's messages.
                    RetryCount = 0,
                };
                return new TelegramApiConnection(clientOptions, http);
            }
            catch (ArgumentException)
            {
                // Not rethrown with the original: its message might quote the token.
                http.Dispose();
                throw new InvalidOperationException("Telegram:Token or Telegram:BaseUrl is malformed: a token looks like 123456789:AA…, a base URL like http://localhost:8081.");
            }
        });
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var connection = sp.GetRequiredService<TelegramApiConnection>();
            return new TelegramBotClient(connection.Options, connection.Http);
        });
        services.TryAddSingleton<TelegramUpdateReader>();
        services.TryAddSingleton<TelegramBotIdentity>();
        services.TryAddSingleton<TelegramMessageTranslator>();
        services.TryAddSingleton<TelegramSendQueue>();
        services.TryAddSingleton<TelegramHeldBackCourtesy>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TelegramModerators>();
        services.TryAddSingleton<TelegramEditedQuestions>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBriefingAnnouncer, TelegramAnnouncer>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGroupMembership, TelegramGroupMembership>());
        services.TryAddSingleton<TelegramBotSetup>();
        services.TryAddSingleton<UpdateOffsetStore>();
        var useWebhook = !string.IsNullOrWhiteSpace(section.GetSection(nameof(TelegramOptions.Webhook))[nameof(TelegramWebhookOptions.Url)]);
        if (useWebhook)
        {
            // The host registers its own first when its shared listener serves the webhook route.
            services.TryAddSingleton(new TelegramWebhookListener(SharedWithHost: false));
            services.TryAddSingleton<TelegramWebhookEndpoint>();
            services.TryAddSingleton<TelegramWebhookService>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookService>());
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }

        return services;
    }
}
