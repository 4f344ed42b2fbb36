namespace BriefingBot.Discord.Client.Models;

/// <summary>
/// A channel or thread (Create DM, Get Channel, GUILD_CREATE, THREAD_* events, an interaction's partial channel), reduced
/// to what we use. A thread repurposes <see cref="ParentId"/> for the channel it was created in and carries <see cref="ThreadMetadata"/>.
/// </summary>
public sealed record Channel
{
    public string Id { get; init; } = "";

    public int Type { get; init; }

    /// <summary>Absent in some gateway payloads (a GUILD_CREATE's channels); the event names the guild then.</summary>
    public string? GuildId { get; init; }

    /// <summary>For a thread: the text, announcement, forum or media channel it belongs to. For a channel: its category.</summary>
    public string? ParentId { get; init; }

    public ThreadMetadata? ThreadMetadata { get; init; }

    public bool IsThread => ChannelTypes.IsThread(Type);
}

/// <summary>The thread-only fields of a channel object.</summary>
public sealed record ThreadMetadata
{
    public bool Archived { get; init; }

    /// <summary>Only members with Manage Threads may unarchive it or post in it.</summary>
    public bool Locked { get; init; }
}

/// <summary>Discord's channel types this client tells apart (channel object, "Channel Types").</summary>
public static class ChannelTypes
{
    public const int GuildText = 0;
    public const int Dm = 1;
    public const int GuildAnnouncement = 5;
    public const int AnnouncementThread = 10;
    public const int PublicThread = 11;
    public const int PrivateThread = 12;
    public const int GuildForum = 15;
    public const int GuildMedia = 16;

    public static bool IsThread(int type) => type is AnnouncementThread or PublicThread or PrivateThread;

    /// <summary>Forum and media channels hold only threads (posts); nothing can be posted in them directly.</summary>
    public static bool IsThreadOnly(int type) => type is GuildForum or GuildMedia;
}
