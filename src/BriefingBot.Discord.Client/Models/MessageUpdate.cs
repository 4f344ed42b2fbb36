namespace BriefingBot.Discord.Client.Models;

/// <summary>
/// A MESSAGE_UPDATE payload. Discord documents it as the whole message (with MESSAGE_CREATE's extra fields), but it long
/// sent only what changed (an embed unfurled: <c>id</c>, <c>channel_id</c>, <c>embeds</c>), so every field but the ids may
/// be missing here; <see cref="AsMessage"/> says whether it carries enough to be read as a message.
/// </summary>
public sealed record MessageUpdate
{
    public string Id { get; init; } = "";

    public string ChannelId { get; init; } = "";

    public string? GuildId { get; init; }

    public User? Author { get; init; }

    /// <summary>Null when the update does not carry the content (a partial update), as opposed to empty content.</summary>
    public string? Content { get; init; }

    /// <summary>When the author last edited it; null for an update that is no edit (an embed unfurled, a pin).</summary>
    public DateTimeOffset? EditedTimestamp { get; init; }

    public IReadOnlyList<User>? Mentions { get; init; }

    public Message? ReferencedMessage { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>The message as it reads now, when the update carries its author, content and mentions; null for a partial update.</summary>
    public Message? AsMessage() =>
        Author is { } author && Content is { } content && Mentions is { } mentions
            ? new Message
            {
                Id = Id,
                ChannelId = ChannelId,
                GuildId = GuildId,
                Author = author,
                Content = content,
                Mentions = mentions,
                ReferencedMessage = ReferencedMessage,
                Attachments = Attachments ?? [],
            }
            : null;
}
