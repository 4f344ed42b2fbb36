using BriefingBot.Discord.Client.Rest;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Says in plain words why Discord refused to take a message in a channel, for an operator's log: the refusals a
/// community's own setup causes (an archived thread, a missing permission) rather than a fault of the bot's.
/// </summary>
internal static class DiscordRefusals
{
    public const int UnknownChannel = 10003;
    public const int MissingAccess = 50001;
    public const int CannotSendInNonTextChannel = 50008;
    public const int MissingPermissions = 50013;
    public const int ThreadArchived = 50083;
    public const int ThreadLocked = 160005;

    /// <summary>The reason, or null for a refusal that is not about the channel (a server error, a malformed body).</summary>
    public static string? Describe(Exception exception) => exception is DiscordRestException { ErrorCode: { } code } ? code switch
    {
        ThreadArchived => "the thread is archived and locked; a member with Manage Threads can reopen it (50083)",
        ThreadLocked => "the thread is locked; only members with Manage Threads can post in it (160005)",
        CannotSendInNonTextChannel => "nothing can be posted in this channel itself, e.g. a forum or media channel takes posts only (50008)",
        MissingAccess => "the bot cannot see this channel (50001)",
        MissingPermissions => "the bot lacks a permission here: Send Messages (Send Messages in Threads in a thread), Embed Links or Read Message History (50013)",
        UnknownChannel => "the channel no longer exists (10003)",
        _ => null,
    } : null;
}
