namespace BriefingBot.Discord.Client.Models;

/// <summary>An incoming message (MESSAGE_CREATE payload or REST response), reduced to the fields we use.</summary>
public sealed record Message
{
    public string Id { get; init; } = "";

    public string ChannelId { get; init; } = "";

    /// <summary>Absent for direct messages.</summary>
    public string? GuildId { get; init; }

    public User Author { get; init; } = new();

    /// <summary>Empty unless the MESSAGE_CONTENT intent is granted, the bot is mentioned, or it is a DM.</summary>
    public string Content { get; init; } = "";

    public IReadOnlyList<User> Mentions { get; init; } = [];

    public Message? ReferencedMessage { get; init; }

    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The message's buttons (action rows), as the bot posted them.</summary>
    public IReadOnlyList<MessageComponent> Components { get; init; } = [];
}
