using BriefingBot.Core.Communities;
using BriefingBot.Discord.Client.Rest;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Translation;

/// <summary>
/// Tells the core whether a user is in a Discord server (Get Guild Member over REST), before a DM shows the briefings
/// of a community that server belongs to. Needs no privileged intent: the bot asks about one member of a server it is in.
/// </summary>
public sealed partial class DiscordGroupMembership(DiscordRestClient rest, ILogger<DiscordGroupMembership> logger) : IGroupMembership
{
    public string Platform => DiscordMessageTranslator.Platform;

    public async Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken)
    {
        if (!IsSnowflake(groupId) || !IsSnowflake(userId))
        {
            return false;
        }

        try
        {
            return await rest.IsGuildMemberAsync(groupId, userId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unsure is not a member: the DM keeps to shared briefings. REST errors carry the route template, never the token.
            LogLookupFailed(groupId, ex.Message);
            return false;
        }
    }

    private static bool IsSnowflake(string id) => id.Length is > 0 and <= 20 && id.All(char.IsAsciiDigit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: membership in guild {GuildId} could not be read: {Error}")]
    private partial void LogLookupFailed(string guildId, string error);
}
