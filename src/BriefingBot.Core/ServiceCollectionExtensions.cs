using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.WarmUp;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Configuration;
using BriefingBot.Core.Library;
using BriefingBot.Core.Operations;
using BriefingBot.Core.Search;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Translation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers the platform-neutral core: briefings, the index, answering.</summary>
    public static IServiceCollection AddBriefingCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BriefingBotOptions>().Bind(configuration.GetSection(BriefingBotOptions.Section)).ValidateKeysOnStart(BriefingBotOptions.Section);
        services.AddOptions<AnsweringOptions>().Bind(configuration.GetSection(AnsweringOptions.Section)).ValidateKeysOnStart(AnsweringOptions.Section);
        services.TryAddSingleton<SpeakerAttributor>();
        services.TryAddSingleton(sp => new BriefingParser(sp.GetRequiredService<SpeakerAttributor>()));
        services.TryAddSingleton<BriefingCatalog>();
        services.AddOptions<BriefingIntakeOptions>().Bind(configuration.GetSection(BriefingIntakeOptions.Section)).ValidateKeysOnStart(BriefingIntakeOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBriefingStore, FileBriefingStore>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BriefingBotOptions>>().Value;
            return PassageIndex.Open(options.IndexDirectory, access: options.IndexFiles);
        });
        services.TryAddSingleton<BriefingLibrary>();
        services.TryAddSingleton<BriefingIntake>();
        services.AddOptions<EnglishOptions>().Bind(configuration.GetSection(EnglishOptions.Section));
        services.TryAddSingleton(sp => new EnglishQuestions(sp.GetRequiredService<IOptions<EnglishOptions>>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EnglishQuestions>>()));
        services.TryAddSingleton<QuestionAnswerer>();
        services.AddOptions<WarmUpOptions>().Bind(configuration.GetSection(WarmUpOptions.Section)).ValidateKeysOnStart(WarmUpOptions.Section);
        services.TryAddSingleton<IWarmUpQuestions, IndexWarmUpQuestions>();
        services.TryAddSingleton<AnswerWarmUp>();
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.TryAddSingleton<PlatformConnectivity>();
        services.TryAddSingleton<Readiness>();
        return services;
    }
}
