using System.Diagnostics;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Insights;
using BriefingBot.Core.Operations;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Chat;

/// <summary>
/// The one brain behind every platform: parses an incoming message into a command, applies the rules every
/// platform shares (who may run it, how often), runs its handler and returns a platform-neutral reply.
/// It never throws for a bad message: a failure becomes a polite reply and a log entry.
/// </summary>
public sealed partial class ChatEngine
{
    private readonly Dictionary<ChatCommandKind, IChatCommandHandler> _handlers;
    private readonly ChatCommandParser _parser;
    private readonly QuestionRateLimiter _limiter;
    private readonly ChatScopes _scopes;
    private readonly BotMetrics _metrics;
    private readonly QuestionInsights _insights;
    private readonly ConversationMemory _conversation;
    private readonly BriefingChatIntake _intake;
    private readonly ILogger<ChatEngine> _logger;

    public ChatEngine(IEnumerable<IChatCommandHandler> handlers, QuestionRateLimiter limiter, ChatScopes scopes, BotMetrics metrics, QuestionInsights insights, ConversationMemory conversation, BriefingChatIntake intake, ILogger<ChatEngine> logger)
    {
        _intake = intake;
        _conversation = conversation;
        _metrics = metrics;
        _insights = insights;
        var list = handlers.ToList();
        _handlers = list.GroupBy(h => h.Kind).ToDictionary(g => g.Key, g => g.Last());
        _parser = new ChatCommandParser(list, scopes.IsAskChat);
        _limiter = limiter;
        _scopes = scopes;
        _logger = logger;
    }

    public ChatCommand Parse(IncomingMessage message) => _parser.Parse(_intake.Apply(message));

    /// <summary>
    /// Whether what the message is depends on whether its sender moderates the chat (a command, a post in a briefing
    /// chat), so an adapter should look the role up before asking <see cref="Parse"/>; other chatter never costs a lookup.
    /// </summary>
    public bool NeedsSenderRole(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _intake.WantsSenderRole(message) || (message.Text?.StartsWith('/') == true && _parser.Parse(message).Kind != ChatCommandKind.None);
    }

    /// <summary>
    /// Whether answering the message runs a search (a question, the next page of one). Adapters bound searching
    /// by this; listings, help and posting a briefing never wait behind searches.
    /// </summary>
    public bool Searches(IncomingMessage message) =>
        _handlers.TryGetValue(Parse(message).Kind, out var handler) && handler.CountsAsQuestion;

    /// <summary>
    /// Whether the message is answered from memory at once (help, listings), so an adapter may send the reply as its
    /// immediate response instead of acknowledging first.
    /// </summary>
    public bool AnswersAtOnce(IncomingMessage message) =>
        _handlers.TryGetValue(Parse(message).Kind, out var handler) && handler.AnswersAtOnce;

    public async Task<ChatReply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        message = _intake.Apply(message);
        var command = _parser.Parse(message);
        if (command.Kind == ChatCommandKind.None)
        {
            return ChatReply.None;
        }

        var language = _scopes.ReplyLanguage(message);
        if (!_handlers.TryGetValue(command.Kind, out var handler))
        {
            return ChatReply.Text(ChatTexts.For(language).UnknownCommand, language, TextRole.Notice);
        }

        // Who moderates what, and which briefings this chat sees, is decided here for every handler alike.
        // A vote is keyed by its answer alone: it skips the scope, which may ask the platform about membership and
        // would hold up the press's acknowledgement.
        var scope = command.Kind == ChatCommandKind.Vote
            ? ChatScope.SharedOnly
            : await _scopes.ResolveAsync(message, cancellationToken).ConfigureAwait(false);
        var request = new ChatRequest(message, command, language) { Scope = scope };
        if (handler.ModeratorOnly && !scope.IsModerator)
        {
            return ChatReply.Text(request.Texts.ModeratorOnly, language, TextRole.Notice);
        }

        var perMinute = _scopes.QuestionsPerMinute(scope);
        if (handler.CountsAsQuestion && !_limiter.TryAcquire(message, scope.Community, perMinute))
        {
            LogRateLimited(message.Platform, command.Kind);
            _metrics.QuestionAnswered(message.Platform, "rate_limited", TimeSpan.Zero);
            return ChatReply.Text(request.Texts.RateLimited(perMinute), language, TextRole.Notice);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await handler.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            LogHandled(message.Platform, command.Kind, reply.Blocks.Count, elapsed.TotalMilliseconds);
            if (handler.CountsAsQuestion)
            {
                _metrics.QuestionAnswered(message.Platform, reply.Outcome is { } outcome ? BotMetrics.OutcomeLabel(outcome) : "other", elapsed);
            }

            if (command.Kind == ChatCommandKind.Ask)
            {
                _insights.RecordQuestion(scope, command.Argument, reply);
            }

            return reply;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, message.Platform, command.Kind);
            if (handler.CountsAsQuestion)
            {
                _metrics.QuestionAnswered(message.Platform, "failed", Stopwatch.GetElapsedTime(started));
            }

            return ChatReply.Text(request.Texts.Failure, language, TextRole.Notice);
        }
    }

    /// <summary>
    /// The adapter sent <paramref name="reply"/> to <paramref name="message"/> as these messages: a later reply to any
    /// of them follows up this answer. Adapters call it for every reply they send; the core keeps what it needs.
    /// </summary>
    public void Delivered(IncomingMessage message, ChatReply reply, IReadOnlyList<string> sentMessageIds)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Context is { } context && sentMessageIds.Count > 0)
        {
            _conversation.Remember(message.Platform, message.ChatId, sentMessageIds, context);
        }

        // A question's answer, whatever it says (passages, a refusal, "slow down"), is what an edit of the question replaces.
        if (message.MessageId is { } questionId && message.Action is null && Parse(message).Kind == ChatCommandKind.Ask)
        {
            _conversation.RememberQuestion(message.Platform, message.ChatId, questionId, message.UserId, QuestionWords(message), sentMessageIds);
        }
    }

    /// <summary>
    /// A member edited a message (Telegram <c>edited_message</c>, Discord <c>MESSAGE_UPDATE</c>). When it is a question the
    /// bot answered within <see cref="ChatOptions.EditWindow"/>, edited by its asker into other words, the result says which of
    /// the bot's messages to replace and with what: the answer to the new words, a polite refusal for bad input, or a note
    /// that the message is no longer a question. Otherwise null, and nothing changes: an edit never posts a new answer and
    /// never runs a command. Adapters report what they sent with <see cref="Delivered"/>, as for any reply.
    /// </summary>
    public async Task<ReplyReplacement?> HandleEditAsync(IncomingMessage edited, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edited);
        if (edited.MessageId is not { } questionId || edited.Action is not null)
        {
            return null;
        }

        var claim = _conversation.ClaimEdit(edited.Platform, edited.ChatId, questionId, edited.UserId, QuestionWords(edited));
        if (claim.Status != EditClaimStatus.Claimed)
        {
            LogEditIgnored(edited.Platform, claim.Status);
            return null;
        }

        var reply = Parse(edited).Kind == ChatCommandKind.Ask ? await HandleAsync(edited, cancellationToken).ConfigureAwait(false) : ChatReply.None;
        if (reply.IsEmpty || reply.IsAcknowledgement)
        {
            var language = _scopes.ReplyLanguage(edited);
            reply = ChatReply.Text(ChatTexts.For(language).EditedNotAQuestion, language, TextRole.Notice);
        }

        LogEditAnswered(edited.Platform, claim.ReplyIds.Count);
        return new ReplyReplacement(reply, claim.ReplyIds);
    }

    /// <summary>The words a question was asked in, as edits are compared: the text without the bot's mention, trimmed.</summary>
    private static string QuestionWords(IncomingMessage message) => message.Text?.Trim() ?? string.Empty;

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: an edited question is answered again, replacing {MessageCount} messages of its answer")]
    private partial void LogEditAnswered(string platform, int messageCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Platform}: an edit changes nothing ({Reason})")]
    private partial void LogEditIgnored(string platform, EditClaimStatus reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: {Command} answered with {BlockCount} blocks in {ElapsedMs:F1} ms")]
    private partial void LogHandled(string platform, ChatCommandKind command, int blockCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: {Command} refused, the user is over the question limit")]
    private partial void LogRateLimited(string platform, ChatCommandKind command);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Platform}: {Command} failed")]
    private partial void LogFailed(Exception exception, string platform, ChatCommandKind command);
}
