using BriefingBot.Discord.Translation;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Testing.Discord;

/// <summary>Whether a started bot has finished its handshake: it learns its own user id from READY.</summary>
public static class DiscordBotReadiness
{
    public static Task WaitAsync(IServiceProvider services, string botId, TimeSpan? timeout = null)
    {
        var identity = services.GetRequiredService<DiscordBotIdentity>();
        return Eventually.TrueAsync(() => identity.UserId == botId, "the bot to learn its id from READY", timeout);
    }
}
