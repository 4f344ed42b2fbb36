using BriefingBot.Core.Platforms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Telegram;

/// <summary>Telegram as a platform of the host: runs when <c>Telegram:Token</c> is set.</summary>
public sealed class TelegramPlatform : IChatPlatform
{
    public string Name => "Telegram";

    public string HowToConfigure => "Telegram: set Telegram__Token (a token from @BotFather); docs/telegram.md";

    public bool IsConfigured(IConfiguration configuration) => TelegramServiceCollectionExtensions.HasTelegramToken(configuration);

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddTelegramAdapter(configuration);
}
