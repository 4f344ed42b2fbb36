namespace BriefingBot.Testing.Discord;

/// <summary>
/// A guild channel or thread the fake Discord knows, shaped as Discord's channel object (docs: Channel resource and the
/// Threads topic): a thread has <c>parent_id</c> (its text, announcement, forum or media channel), <c>owner_id</c> and
/// <c>thread_metadata</c>. A forum or media channel holds only threads (posts); a post's first message has the post's id.
/// </summary>
public sealed record FakeDiscordChannel(string Id, int Type, string GuildId, string? ParentId = null)
{
    public const int GuildText = 0;
    public const int GuildAnnouncement = 5;
    public const int AnnouncementThread = 10;
    public const int PublicThread = 11;
    public const int PrivateThread = 12;
    public const int GuildForum = 15;
    public const int GuildMedia = 16;

    public string Name { get; init; } = "channel-" + Id;

    public bool Archived { get; set; }

    public bool Locked { get; set; }

    public bool IsThread => Type is AnnouncementThread or PublicThread or PrivateThread;

    /// <summary>Forum and media channels: messages cannot be sent in them, only in their posts.</summary>
    public bool IsThreadOnly => Type is GuildForum or GuildMedia;

    public static FakeDiscordChannel Text(string id, string guildId = AdapterHarness.GuildId) => new(id, GuildText, guildId);

    public static FakeDiscordChannel Forum(string id, string guildId = AdapterHarness.GuildId) => new(id, GuildForum, guildId);

    public static FakeDiscordChannel Thread(string id, string parentId, int type = PublicThread, string guildId = AdapterHarness.GuildId) =>
        new(id, type, guildId, parentId) { Name = "thread-" + id };

    /// <summary>The channel object as Discord sends it in GUILD_CREATE, THREAD_CREATE/UPDATE, THREAD_LIST_SYNC and GET /channels/{id}.</summary>
    public Dictionary<string, object?> ToJson(bool? newlyCreated = null, string? memberUserId = null)
    {
        var json = new Dictionary<string, object?>
        {
            ["id"] = Id,
            ["type"] = Type,
            ["guild_id"] = GuildId,
            ["name"] = Name,
            ["parent_id"] = ParentId,
            ["flags"] = 0,
            ["rate_limit_per_user"] = 0,
            ["last_message_id"] = null,
        };
        if (IsThread)
        {
            json["owner_id"] = AdapterHarness.UserId;
            json["member_count"] = 2;
            json["message_count"] = 1;
            json["total_message_sent"] = 1;
            var metadata = new Dictionary<string, object?>
            {
                ["archived"] = Archived,
                ["auto_archive_duration"] = 1440,
                ["archive_timestamp"] = "2026-12-01T20:00:00.000000+00:00",
                ["locked"] = Locked,
                ["create_timestamp"] = "2026-12-01T20:00:00.000000+00:00",
            };
            if (Type == PrivateThread)
            {
                metadata["invitable"] = true;
            }

            json["thread_metadata"] = metadata;
        }
        else
        {
            json["position"] = 1;
            json["permission_overwrites"] = Array.Empty<object>();
            json["nsfw"] = false;
        }

        if (newlyCreated is { } created)
        {
            json["newly_created"] = created;
        }

        if (memberUserId is not null)
        {
            json["member"] = new { id = Id, user_id = memberUserId, join_timestamp = "2026-12-01T20:00:01.000000+00:00", flags = 0 };
        }

        return json;
    }
}
