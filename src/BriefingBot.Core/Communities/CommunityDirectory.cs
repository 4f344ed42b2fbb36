using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Communities;

/// <summary>
/// Decides which community a group belongs to and what a community may do: the operator's configuration first, then
/// links made in chat, otherwise the group is a community of its own. Adapters give it facts (platform, group id);
/// the answer never depends on a wire format.
/// </summary>
public sealed class CommunityDirectory
{
    /// <summary>The terminal is the operator's: its "group" names the community directly (<c>chat --community ID</c>).</summary>
    public const string ConsolePlatform = "console";

    private readonly Dictionary<string, string> _configured = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _announce = new(StringComparer.Ordinal);
    private readonly CommunityRegistry _registry;
    private readonly IOptions<ChatOptions> _chat;

    public CommunityDirectory(IOptions<CommunityOptions> options, IOptions<ChatOptions> chat, CommunityRegistry registry)
    {
        _registry = registry;
        _chat = chat;
        foreach (var (id, definition) in options.Value.Communities)
        {
            if (!CommunityIds.IsValid(id))
            {
                throw new OptionsValidationException(CommunityOptions.Section, typeof(CommunityOptions), [$"'{id}' cannot be a community id: use ASCII letters, digits, '-', '_', '.' or ':'."]);
            }

            _listed.Add(id);
            _announce[id] = [.. definition.Announce.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())];
            foreach (var entry in definition.Chats.Where(c => !string.IsNullOrWhiteSpace(c)))
            {
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0 || colon == entry.Length - 1)
                {
                    throw new OptionsValidationException(CommunityOptions.Section, typeof(CommunityOptions), [$"Communities:{id}:Chats holds '{entry}'; write platform:id, e.g. telegram:-100123 or discord:81234."]);
                }

                _configured[CommunityIds.GroupKey(entry[..colon], entry[(colon + 1)..])] = id;
            }
        }
    }

    public CommunityRegistry Registry => _registry;

    /// <summary>The communities the operator listed in configuration.</summary>
    public IReadOnlyCollection<string> Listed => _listed;

    /// <summary>The community of a group (a Telegram group's chat id, a Discord guild id).</summary>
    public string CommunityOf(string platform, string groupId)
    {
        if (string.Equals(platform, ConsolePlatform, StringComparison.OrdinalIgnoreCase))
        {
            return groupId;
        }

        var key = CommunityIds.GroupKey(platform, groupId);
        return _configured.GetValueOrDefault(key) ?? _registry.LinkOf(key) ?? key;
    }

    /// <summary>Whether the operator placed the group (<c>platform:id</c>) in a community in configuration, which chat cannot change.</summary>
    public bool IsConfigured(string groupKey) => _configured.ContainsKey(groupKey);

    /// <summary>The community's own settings, as its moderators set them in chat.</summary>
    public CommunitySettings SettingsOf(string community) => _registry.SettingsOf(community);

    /// <summary>Whether the community's own moderators may post briefings to it.</summary>
    public bool AcceptsBriefings(string community) =>
        _chat.Value.Posting == PostingPolicy.Open || _listed.Contains(community) || _registry.IsOpened(community);

    /// <summary>The groups (<c>platform:id</c>) that make up a community: configured, linked, and its own when it is a group's.</summary>
    public IReadOnlyList<string> GroupsOf(string community)
    {
        var groups = _configured.Where(c => c.Value == community).Select(c => c.Key)
            .Concat(_registry.Links.Where(l => l.Value == community).Select(l => l.Key))
            .ToList();
        if (community.Contains(':', StringComparison.Ordinal) && !_configured.ContainsKey(community) && _registry.LinkOf(community) is null)
        {
            groups.Add(community);
        }

        return groups.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The chats of <paramref name="platform"/> told about a new briefing of <paramref name="community"/>: those the
    /// operator configured (<c>Communities:ID:Announce</c>) and the one its moderators chose; chat ids only.
    /// </summary>
    public IReadOnlyList<string> AnnounceChats(string community, string platform)
    {
        var prefix = platform.ToLowerInvariant() + ":";
        return _announce.GetValueOrDefault(community, [])
            .Append(_registry.SettingsOf(community).AnnounceChat)
            .OfType<string>()
            .Where(c => c.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && c.Length > prefix.Length)
            .Select(c => c[prefix.Length..])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether a chat of <paramref name="community"/> (null: a private chat that follows none) may see the briefing.</summary>
    public static bool MayShow(Briefing briefing, string? community) => briefing.IsShared || (community is not null && briefing.Community == community);
}
