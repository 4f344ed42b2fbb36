namespace BriefingBot.Core.Communities;

/// <summary>
/// The communities the operator lists, bound from the <c>Communities</c> section:
/// <c>Communities:news:Chats:0=telegram:-100123</c>, <c>Communities:news:Chats:1=discord:81234</c>.
/// A listed community accepts briefings from its moderators; its chats share its briefings.
/// </summary>
public sealed class CommunityOptions
{
    public const string Section = "Communities";

    public Dictionary<string, CommunityDefinition> Communities { get; } = new(StringComparer.Ordinal);
}

/// <summary>One listed community.</summary>
public sealed class CommunityDefinition
{
    /// <summary>Its groups, as <c>platform:id</c> (a Telegram chat id, a Discord guild id).</summary>
    public List<string> Chats { get; set; } = [];

    /// <summary>Chats told about each new briefing of this community, as <c>platform:chatId</c> (a Discord channel id).</summary>
    public List<string> Announce { get; set; } = [];
}

/// <summary>Which communities accept briefings from their own moderators (<c>Chat:Posting</c>).</summary>
public enum PostingPolicy
{
    /// <summary>Only communities the operator listed, or that a global moderator linked or opened.</summary>
    Listed,

    /// <summary>Any group may post briefings to its own community.</summary>
    Open,
}
