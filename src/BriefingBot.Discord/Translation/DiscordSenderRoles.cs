using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Interactions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Translation;

/// <summary>
/// Maps a guild member's standing to <see cref="SenderRole"/>: Manage Messages or Administrator in the channel
/// (Discord sends the computed permissions with every interaction), or one of the configured moderator roles.
/// </summary>
internal sealed class DiscordSenderRoles(IOptions<DiscordAdapterOptions> options)
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageMessages = 1UL << 13;

    public SenderRole RoleOf(GuildMember? member)
    {
        if (member is null)
        {
            // Direct messages have no guild and so no moderators.
            return SenderRole.Member;
        }

        if (ulong.TryParse(member.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && (permissions & (Administrator | ManageMessages)) != 0)
        {
            return SenderRole.Moderator;
        }

        var moderatorRoles = options.Value.ModeratorRoleIds;
        return member.Roles.Any(moderatorRoles.Contains) ? SenderRole.Moderator : SenderRole.Member;
    }
}
