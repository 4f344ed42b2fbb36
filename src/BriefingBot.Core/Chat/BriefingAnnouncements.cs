using BriefingBot.Core.Briefings;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Chat;

/// <summary>
/// What the adapters post to announce a new briefing, decided here like every other reply: the core's announcement
/// text, in the language the briefing's community chose (its <see cref="CommunitySettings.Language"/>), Arabic otherwise.
/// Adapters only render it.
/// </summary>
public sealed class BriefingAnnouncements(CommunityRegistry communities, CommunityDirectory directory)
{
    /// <summary>
    /// Which of a platform's chats hear of a new briefing: the operator's <paramref name="configured"/> chats that may
    /// see it (a shared briefing everywhere, a community's only in that community's chats; where
    /// <paramref name="communityOfChat"/> cannot tell a chat's community, shared briefings only), plus the announce
    /// chats the briefing's community has, but never the chat it was posted in, which got the confirmation instead.
    /// </summary>
    public IReadOnlyList<string> Chats(Briefing briefing, BriefingOrigin origin, string platform, IEnumerable<string> configured, Func<string, string?>? communityOfChat)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(configured);
        var chats = configured
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Where(c => communityOfChat is null ? briefing.IsShared : CommunityDirectory.MayShow(briefing, communityOfChat(c)))
            .ToList();
        if (briefing.Community is { } community)
        {
            chats.AddRange(directory.AnnounceChats(community, platform));
        }

        return [.. chats.Distinct(StringComparer.Ordinal).Where(c => !origin.IsConfirmedIn(platform, c))];
    }

    public ChatReply For(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var language = briefing.Community is { } community && communities.SettingsOf(community).Language is { } code
            ? ChatLanguages.FromCode(code)
            : ChatLanguage.Arabic;
        return ChatReply.Text(BriefingTexts.For(language).Announcement(briefing), language);
    }
}
