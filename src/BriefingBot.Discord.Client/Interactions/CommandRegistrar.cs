using BriefingBot.Discord.Client.Rest;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Client.Interactions;

/// <summary>
/// Publishes the command set: to each of <see cref="DiscordClientOptions.GuildIds"/> when configured
/// (instant, good for development), otherwise globally.
/// </summary>
public sealed class CommandRegistrar(DiscordRestClient rest, IOptions<DiscordClientOptions> options)
{
    public async Task RegisterAsync(IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default)
    {
        var application = await rest.GetCurrentApplicationAsync(cancellationToken).ConfigureAwait(false);
        var guildIds = options.Value.GuildIds;
        if (guildIds.Count == 0)
        {
            await rest.BulkOverwriteGlobalCommandsAsync(application.Id, commands, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var guildId in guildIds)
        {
            await rest.BulkOverwriteGuildCommandsAsync(application.Id, guildId, commands, cancellationToken).ConfigureAwait(false);
        }
    }
}
