using BriefingBot.Core.Chat.Handlers;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Configuration;
using BriefingBot.Core.Insights;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BriefingBot.Core.Chat;

public static class ChatServiceCollectionExtensions
{
    /// <summary>Registers the chat core (engine, commands, limits) on top of <c>AddBriefingCore</c>.</summary>
    public static IServiceCollection AddChatCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.Section)).ValidateKeysOnStart(ChatOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PendingQuestions>();
        services.TryAddSingleton<ConversationMemory>();
        services.TryAddSingleton<QuestionRateLimiter>();
        services.TryAddSingleton<AnswerReplies>();
        services.AddOptions<CommunityOptions>().Configure(o => configuration.GetSection(CommunityOptions.Section).Bind(o.Communities));
        services.TryAddSingleton<CommunityRegistry>();
        services.TryAddSingleton<CommunityDirectory>();
        services.TryAddSingleton<ChatScopes>();
        services.TryAddSingleton<BriefingAnnouncements>();
        services.TryAddSingleton<LinkCodes>();
        services.TryAddSingleton<BriefingChatIntake>();
        services.TryAddSingleton<ChatEngine>();
        services.AddOptions<InsightsOptions>().Bind(configuration.GetSection(InsightsOptions.Section)).ValidateKeysOnStart(InsightsOptions.Section);
        services.TryAddSingleton<QuestionLog>();
        services.TryAddSingleton<VoterHash>();
        services.TryAddSingleton<QuestionInsights>();
        services.TryAddSingleton<InsightsRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<InsightsRetention>());
        services.AddChatCommandHandler<AskHandler>();
        services.AddChatCommandHandler<MoreHandler>();
        services.AddChatCommandHandler<StartHandler>();
        services.AddChatCommandHandler<HelpHandler>();
        services.AddChatCommandHandler<BriefingsHandler>();
        services.AddChatCommandHandler<TodayHandler>();
        services.AddChatCommandHandler<BriefHandler>();
        services.AddChatCommandHandler<UnbriefHandler>();
        services.AddChatCommandHandler<CommunityHandler>();
        services.AddChatCommandHandler<VoteHandler>();
        services.AddChatCommandHandler<GapsHandler>();
        services.AddChatCommandHandler<LinkHandler>();
        services.AddChatCommandHandler<SettingsHandler>();
        return services;
    }

    /// <summary>Adds a command handler; the engine and parser pick it up (a later one for the same kind wins).</summary>
    public static IServiceCollection AddChatCommandHandler<THandler>(this IServiceCollection services)
        where THandler : class, IChatCommandHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommandHandler, THandler>());
        return services;
    }
}
