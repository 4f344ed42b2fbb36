namespace BriefingBot.Core.Chat;

/// <summary>
/// What a member sent, in platform-neutral terms. Adapters fill it from their protocol; the chat core decides
/// what (if anything) to answer. Ids are strings because platforms disagree on their shape.
/// </summary>
/// <param name="Platform">Short platform name: <c>telegram</c>, <c>discord</c>, <c>console</c>.</param>
/// <param name="ChatId">The chat (conversation, group, channel) the message came from.</param>
/// <param name="UserId">The sender, unique within the platform.</param>
/// <param name="UserName">The sender's display name, for logs and replies only.</param>
/// <param name="ChatKind">Private conversation with the bot or a group.</param>
/// <param name="AddressedToBot">The bot was mentioned (or the platform says the message is for it).</param>
/// <param name="ReplyToBot">The message replies to one of the bot's messages.</param>
/// <param name="Text">The text with any mention of the bot removed; a caption for a file.</param>
/// <param name="MessageId">The platform's id of the message, so replies can thread under it.</param>
public sealed record IncomingMessage(
    string Platform,
    string ChatId,
    string UserId,
    string? UserName,
    ChatKind ChatKind,
    bool AddressedToBot,
    bool ReplyToBot,
    string? Text,
    string? MessageId = null)
{
    /// <summary>Files attached to the message (a briefing a moderator posts, say).</summary>
    public IReadOnlyList<ChatAttachment> Attachments { get; init; } = [];

    /// <summary>The user's client language (IETF tag), when the platform tells it.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>What the platform says of the sender's standing in this chat's group (an admin there, or not).</summary>
    public SenderRole Role { get; init; } = SenderRole.Member;

    /// <summary>
    /// The group the chat belongs to, which communities are made of: a Telegram group's chat id, a Discord guild id.
    /// Null in a private chat. The chat core decides which community that is.
    /// </summary>
    public string? GroupId { get; init; }

    /// <summary>
    /// The chat this one is a thread of, when the platform gives threads chats of their own (a Discord thread or forum
    /// post, whose channel this is). What a community set for that chat (its ask channel, a briefing chat) holds in its
    /// threads too. Null for a chat that is not a thread (and for Telegram's forum topics, which share their group's chat).
    /// </summary>
    public string? ParentChatId { get; init; }

    /// <summary>
    /// The message opened its thread: the first message of a forum post. In a thread of a briefing chat, such a post is
    /// a post to that chat; later messages in the thread are its discussion.
    /// </summary>
    public bool OpensThread { get; init; }

    /// <summary>
    /// The id of the bot's message this one replies to, when it replies to one (as the platform names messages). The
    /// chat core reads it as a follow-up of the answer that message carried, if it remembers one.
    /// </summary>
    public string? ReplyToMessageId { get; init; }

    /// <summary>The payload of a pressed button (<see cref="ReplyButton.Action"/>) instead of typed text.</summary>
    public string? Action { get; init; }

    public ChatLanguage Language => ChatLanguages.FromCode(LanguageCode);
}

public enum ChatKind
{
    Private,
    Group,
}

/// <summary>The sender's standing, as the platform reports it. The chat core decides what it allows, and where.</summary>
public enum SenderRole
{
    Member,

    /// <summary>An admin of this chat's group (Telegram chat administrator, Discord Manage Messages): a moderator of its community only.</summary>
    Moderator,

    /// <summary>The operator at the machine (the terminal chat): a global moderator. No chat adapter sets it.</summary>
    Operator,
}

/// <summary>A file attached to a message. The content is fetched on demand: most messages never need it.</summary>
/// <param name="FileName">The name the sender gave the file, when there is one.</param>
/// <param name="ContentType">The MIME type the platform reports.</param>
/// <param name="Size">Size in bytes, when known before download.</param>
/// <param name="OpenAsync">Downloads the content; the caller disposes the stream.</param>
public sealed record ChatAttachment(
    string? FileName,
    string? ContentType,
    long? Size,
    Func<CancellationToken, Task<Stream>> OpenAsync);
