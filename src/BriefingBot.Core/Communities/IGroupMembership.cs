namespace BriefingBot.Core.Communities;

/// <summary>
/// Asks a platform whether a user is in a group (Telegram getChatMember, Discord guild membership). Adapters
/// implement it; the core uses it before a private chat shows a community's briefings. A platform without one
/// never shows a community's briefings in private.
/// </summary>
public interface IGroupMembership
{
    /// <summary>The platform it answers for: <c>telegram</c>, <c>discord</c>.</summary>
    string Platform { get; }

    /// <summary>True only when the platform confirms the user is a member now; false when unsure.</summary>
    Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken);
}
