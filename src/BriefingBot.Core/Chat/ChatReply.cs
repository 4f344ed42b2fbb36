using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Chat;

/// <summary>
/// A platform-neutral reply: content blocks and buttons. It says what to show, never how: each adapter renders
/// it in its own format (Telegram HTML, Discord embeds and components, plain text), splitting where it must.
/// </summary>
public sealed record ChatReply(IReadOnlyList<ReplyBlock> Blocks, IReadOnlyList<ReplyButton> Buttons)
{
    /// <summary>No reply at all: the message was not for the bot.</summary>
    public static ChatReply None { get; } = new([], []);

    public bool IsEmpty => Blocks.Count == 0;

    public ChatLanguage Language { get; init; }

    /// <summary>How the question was answered, when the reply answers one (for metrics and the gaps report).</summary>
    public AnswerOutcome? Outcome { get; init; }

    /// <summary>The id votes on this answer refer to, when the reply answers a question.</summary>
    public string? AnswerId { get; init; }

    /// <summary>
    /// The reply only acknowledges a button press (a vote): adapters show it the way their platform acknowledges a
    /// press (a toast, an ephemeral note), never as a message in the chat.
    /// </summary>
    public bool IsAcknowledgement { get; init; }

    public static ChatReply Acknowledgement(string text, ChatLanguage language) =>
        Text(text, language, TextRole.Notice) with { IsAcknowledgement = true };

    /// <summary>What a reply to this answer can follow up (its question, person, briefing); null for replies that answer nothing.</summary>
    public AnswerContext? Context { get; init; }

    /// <summary>The earlier question a follow-up was answered in the context of; null for a question that stood alone.</summary>
    public string? FollowsUp { get; init; }

    public static ChatReply Text(string text, ChatLanguage language, TextRole role = TextRole.Plain) =>
        new([new TextBlock(text, role)], []) { Language = language };
}

/// <summary>One piece of a reply. Renderers switch on the concrete type.</summary>
public abstract record ReplyBlock;

/// <summary>Text the bot says, with optional spans to emphasise (semantic highlights, not markup).</summary>
public sealed record TextBlock(string Text, TextRole Role = TextRole.Plain) : ReplyBlock
{
    public IReadOnlyList<TextSpan> Highlights { get; init; } = [];
}

public enum TextRole
{
    Plain,

    /// <summary>A heading over what follows.</summary>
    Title,

    /// <summary>A short remark about the reply itself (nothing found, slow down, expired).</summary>
    Notice,
}

/// <summary>A passage quoted exactly, with the spans that matched the question and where it comes from.</summary>
public sealed record PassageBlock(int Rank, string Text, IReadOnlyList<TextSpan> Highlights, PassageSource Source) : ReplyBlock;

/// <summary>Where a passage comes from, as fields and as a ready line in the reply's language.</summary>
public sealed record PassageSource(
    string BriefingId,
    string BriefingTitle,
    DateOnly Date,
    string? Section,
    string? Speaker,
    string Line);

/// <summary>One briefing in a listing (<c>/briefings</c>, <c>/today</c>).</summary>
public sealed record BriefingBlock(
    string Id,
    string Title,
    DateOnly Date,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> Speakers,
    int PassageCount,
    string Line) : ReplyBlock
{
    /// <summary>The line's facts without the title (date, passage count, id): under a title shown on its own.</summary>
    public string Facts { get; init; } = Line;

    /// <summary>Show the sections and speakers too, not just the one line.</summary>
    public bool Detailed { get; init; }
}

/// <summary>A button. <see cref="Action"/> is sent back as <see cref="IncomingMessage.Action"/>; it fits in 64 bytes.</summary>
public sealed record ReplyButton(string Label, string Action);
