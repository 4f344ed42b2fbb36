using BriefingBot.Core.Briefings;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Chat;

/// <summary>
/// What the adapters post to announce a new briefing, decided here like every other reply: the core's announcement
/// text, in the language the briefing's community chose (its <see cref="CommunitySettings.Language"/>), Arabic otherwise.
/// Adapters only render it.
/// </summary>
public sealed class BriefingAnnouncements(CommunityRegistry communities)
{
    public ChatReply For(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var language = briefing.Community is { } community && communities.SettingsOf(community).Language is { } code
            ? ChatLanguages.FromCode(code)
            : ChatLanguage.Arabic;
        return ChatReply.Text(BriefingTexts.For(language).Announcement(briefing), language);
    }
}
