using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Communities;

/// <summary>
/// Where a message speaks and what its sender may do there, decided by the chat core for every message.
/// </summary>
/// <param name="Community">The community whose briefings the chat sees besides the shared ones; null: shared only.</param>
/// <param name="IsModerator">The sender moderates <paramref name="Community"/> (or is a global moderator).</param>
/// <param name="IsGlobalModerator">The operator's global list (<c>Chat:Moderators</c>) or the terminal.</param>
/// <param name="AcceptsBriefings">The community accepts briefings from its moderators (posting policy).</param>
public sealed record ChatScope(string? Community, bool IsModerator, bool IsGlobalModerator, bool AcceptsBriefings)
{
    public static readonly ChatScope SharedOnly = new(null, false, false, false);

    public bool Sees(Briefing briefing) => CommunityDirectory.MayShow(briefing, Community);

    public Search.SearchScope SearchScope => new(Community);
}
