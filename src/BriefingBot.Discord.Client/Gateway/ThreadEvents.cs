using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Client.Gateway;

/// <summary>GUILD_CREATE, reduced to the guild's channels and the active threads the bot can view.</summary>
public sealed record GuildCreateEvent
{
    public string Id { get; init; } = "";

    /// <summary>True during an outage: the other fields are absent.</summary>
    public bool? Unavailable { get; init; }

    public IReadOnlyList<Channel> Channels { get; init; } = [];

    public IReadOnlyList<Channel> Threads { get; init; } = [];
}

/// <summary>THREAD_LIST_SYNC: sent when the bot gains access to channels; their active threads replace what was known of them.</summary>
public sealed record ThreadListSyncEvent
{
    public string GuildId { get; init; } = "";

    /// <summary>The parent channels whose threads are synced; null for the whole guild.</summary>
    public IReadOnlyList<string>? ChannelIds { get; init; }

    public IReadOnlyList<Channel> Threads { get; init; } = [];
}

/// <summary>THREAD_MEMBERS_UPDATE. Without the GUILD_MEMBERS intent Discord sends it only when the bot itself is added or removed.</summary>
public sealed record ThreadMembersUpdateEvent
{
    /// <summary>The thread.</summary>
    public string Id { get; init; } = "";

    public string GuildId { get; init; } = "";

    public IReadOnlyList<ThreadMember>? AddedMembers { get; init; }

    public IReadOnlyList<string>? RemovedMemberIds { get; init; }
}

public sealed record ThreadMember
{
    /// <summary>The thread (absent in some payloads).</summary>
    public string? Id { get; init; }

    public string? UserId { get; init; }
}
