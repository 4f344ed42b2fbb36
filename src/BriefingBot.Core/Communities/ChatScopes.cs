using System.Collections.Concurrent;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Communities;

/// <summary>
/// Decides the <see cref="ChatScope"/> of a message. In a group: the group's community, and a platform admin of the
/// group moderates that community only. In a private chat: the community the user chose to follow (<c>/community</c>
/// in one of its groups), only while the platform confirms they are still a member; otherwise shared briefings only.
/// </summary>
public sealed class ChatScopes
{
    /// <summary>How long a platform's "is a member" answer is trusted before it is asked again.</summary>
    private static readonly TimeSpan MembershipLifetime = TimeSpan.FromMinutes(10);

    private readonly CommunityDirectory _directory;
    private readonly Dictionary<string, IGroupMembership> _membership;
    private readonly HashSet<string> _globalModerators;
    private readonly TimeProvider _time;
    private readonly int _defaultPerMinute;
    private readonly ConcurrentDictionary<string, (DateTimeOffset Checked, bool Member)> _checked = new(StringComparer.Ordinal);

    public CommunityDirectory Directory => _directory;

    public ChatScopes(CommunityDirectory directory, IEnumerable<IGroupMembership> membership, IOptions<ChatOptions> options, TimeProvider time)
    {
        _directory = directory;
        _membership = membership.GroupBy(m => m.Platform, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        _globalModerators = new HashSet<string>(options.Value.Moderators.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase);
        _defaultPerMinute = options.Value.QuestionsPerMinute;
        _time = time;
    }

    public bool IsGlobalModerator(IncomingMessage message) =>
        message.Role == SenderRole.Operator || _globalModerators.Contains(message.Platform + ":" + message.UserId);

    public async ValueTask<ChatScope> ResolveAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        var global = IsGlobalModerator(message);
        if (message.ChatKind == ChatKind.Group)
        {
            if (string.IsNullOrWhiteSpace(message.GroupId))
            {
                return new ChatScope(null, global, global, false);
            }

            var community = _directory.CommunityOf(message.Platform, message.GroupId);
            return new ChatScope(community, global || message.Role != SenderRole.Member, global, _directory.AcceptsBriefings(community));
        }

        var followed = _directory.Registry.FollowedBy(UserKey(message));
        if (followed is not null && await IsMemberAsync(message, followed, cancellationToken).ConfigureAwait(false))
        {
            // A private chat reads the community; posting and settings stay in its groups, where the platform vouches for admins.
            return new ChatScope(followed, global, global, false);
        }

        return new ChatScope(null, global, global, false);
    }

    /// <summary>
    /// Whether a group message is in its community's ask channel (or in a thread of it), where every message is a question
    /// without a mention. Decided from facts only (platform, group, chat, parent chat), so adapters need not know the setting exists.
    /// </summary>
    public bool IsAskChat(IncomingMessage message) =>
        message.ChatKind == ChatKind.Group
        && !string.IsNullOrWhiteSpace(message.GroupId)
        && _directory.SettingsOf(_directory.CommunityOf(message.Platform, message.GroupId)).AskChat is { } ask
        && (string.Equals(ask, CommunityIds.GroupKey(message.Platform, message.ChatId), StringComparison.OrdinalIgnoreCase)
            || (message.ParentChatId is { } parent && string.Equals(ask, CommunityIds.GroupKey(message.Platform, parent), StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The language to reply in: in a community's group, the language its moderators chose, if they chose one; otherwise
    /// (and in private chats, which are the member's own) the member's client language.
    /// </summary>
    public ChatLanguage ReplyLanguage(IncomingMessage message)
    {
        if (message.ChatKind == ChatKind.Group && !string.IsNullOrWhiteSpace(message.GroupId))
        {
            var chosen = _directory.SettingsOf(_directory.CommunityOf(message.Platform, message.GroupId)).Language;
            if (chosen is not null)
            {
                return ChatLanguages.FromCode(chosen);
            }
        }

        return message.Language;
    }

    /// <summary>Questions one member may ask per minute in the scope's community: its moderators' choice, else the operator's.</summary>
    public int QuestionsPerMinute(ChatScope scope) =>
        (scope.Community is { } community ? _directory.SettingsOf(community).QuestionsPerMinute : null) ?? _defaultPerMinute;

    public static string UserKey(IncomingMessage message) => CommunityIds.GroupKey(message.Platform, message.UserId);

    /// <summary>Forgets cached membership answers of a user, e.g. when they choose another community.</summary>
    public void Forget(IncomingMessage message)
    {
        foreach (var key in _checked.Keys.Where(k => k.StartsWith(UserKey(message) + "|", StringComparison.Ordinal)))
        {
            _checked.TryRemove(key, out _);
        }
    }

    private async Task<bool> IsMemberAsync(IncomingMessage message, string community, CancellationToken cancellationToken)
    {
        if (!_membership.TryGetValue(message.Platform, out var membership))
        {
            return false;
        }

        var key = UserKey(message) + "|" + community;
        var now = _time.GetUtcNow();
        if (_checked.TryGetValue(key, out var cached) && now - cached.Checked < MembershipLifetime)
        {
            return cached.Member;
        }

        var prefix = message.Platform.ToLowerInvariant() + ":";
        var member = false;
        foreach (var group in _directory.GroupsOf(community).Where(g => g.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            if (await membership.IsMemberAsync(group[prefix.Length..], message.UserId, cancellationToken).ConfigureAwait(false))
            {
                member = true;
                break;
            }
        }

        _checked[key] = (now, member);
        return member;
    }
}
