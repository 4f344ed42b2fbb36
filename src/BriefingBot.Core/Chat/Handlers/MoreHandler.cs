using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary>
/// The "more" button: the next passages of a question asked earlier in the same chat, searched again within what the
/// chat sees now (a button outlives a link or a choice of community; it never shows more than the presser may see).
/// </summary>
public sealed class MoreHandler(QuestionAnswerer answerer, AnswerReplies replies, PendingQuestions pending) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.More;

    public IReadOnlyList<string> Names { get; } = [Continuation.Verb, "المزيد"];

    public bool CountsAsQuestion => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var message = request.Message;
        if (request.Command.Argument.Length == 0)
        {
            // «المزيد» with no button behind it (typed after a declined question, or after a last page): nothing more.
            return Task.FromResult(ChatReply.Text(request.Texts.NoMoreResults, request.Language, TextRole.Notice));
        }

        if (!Continuation.TryParse(request.Command.Argument, out var continuation)
            || !pending.TryGet(continuation.Id, out var question)
            || question.Platform != message.Platform
            || question.ChatId != message.ChatId)
        {
            return Task.FromResult(ChatReply.Text(request.Texts.ContinuationExpired, request.Language, TextRole.Notice));
        }

        // The page continues the answer in the language it was given in (the thread's), not the presser's.
        if (question.Language is { } answered)
        {
            request = request with { Language = answered };
        }

        if (!pending.TryClaim(continuation.Id, continuation.Skip))
        {
            // The page is already posted (or on its way) under this button: a second press says nothing.
            return Task.FromResult(ChatReply.None);
        }

        var answer = answerer.Answer(new AnswerRequest(question.Question, Skip: continuation.Skip) { Scope = request.Scope.SearchScope, FollowUp = question.FollowUp });
        if (!answer.Answered || answer.Passages.Count == 0)
        {
            var language = answer.InEnglish ? ChatLanguage.English : request.Language;
            return Task.FromResult(ChatReply.Text(ChatTexts.For(language).NoMoreResults, language, TextRole.Notice));
        }

        return Task.FromResult(replies.Build(answer, request, continuation.Skip, question.AnswerId));
    }
}
