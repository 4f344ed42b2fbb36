namespace BriefingBot.Core.Chat;

/// <summary>
/// Answers one kind of command. Register implementations with <c>AddChatCommandHandler&lt;T&gt;()</c>;
/// the engine routes by <see cref="Kind"/> and the parser learns <see cref="Names"/>.
/// </summary>
public interface IChatCommandHandler
{
    ChatCommandKind Kind { get; }

    /// <summary>Command words without the slash (<c>ask</c>, <c>اسأل</c>); also the verb of button payloads.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Only moderators may run it; the engine refuses everyone else before the handler runs.</summary>
    bool ModeratorOnly => false;

    /// <summary>It runs a search, so it counts against the per-user question limit.</summary>
    bool CountsAsQuestion => false;

    /// <summary>
    /// It answers from what is already in memory (no search, no download, no write), quickly enough for a platform's
    /// immediate response (Discord's 3 seconds); anything else is acknowledged first and answered after.
    /// </summary>
    bool AnswersAtOnce => false;

    Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken);
}

/// <summary>A command together with the message it came from and the language to reply in.</summary>
public sealed record ChatRequest(IncomingMessage Message, ChatCommand Command, ChatLanguage Language)
{
    public ChatTexts Texts => ChatTexts.For(Language);

    /// <summary>Which community the message speaks in and what the sender may do there; shared briefings only by default.</summary>
    public Communities.ChatScope Scope { get; init; } = Communities.ChatScope.SharedOnly;
}
