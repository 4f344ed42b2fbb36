namespace BriefingBot.Core.Communities;

/// <summary>
/// How communities and the groups they are made of are named. A group is where a platform keeps members together
/// (a Telegram group or supergroup, a Discord guild), written <c>platform:id</c>; unless the operator or a link says
/// otherwise, a group is a community of its own and its key is the community's id.
/// </summary>
public static class CommunityIds
{
    /// <summary>Where briefings posted before communities existed wait, seen by no chat, until the operator assigns them.</summary>
    public const string Legacy = "legacy";

    /// <summary>The key of a group on a platform: <c>telegram:-100123</c>, <c>discord:81234</c>.</summary>
    public static string GroupKey(string platform, string groupId) => platform.Trim().ToLowerInvariant() + ":" + groupId.Trim();

    /// <summary>ASCII letters, digits and <c>- _ . :</c>, at most 100 characters: ids appear in file names' neighbourhood and in commands.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 100 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
