using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary><c>/ask question</c>, or any text meant for the bot: the passages that answer it.</summary>
public sealed class AskHandler(QuestionAnswerer answerer, AnswerReplies replies) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Ask;

    public IReadOnlyList<string> Names { get; } = ["ask", "اسأل", "سؤال"];

    public bool CountsAsQuestion => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var answer = answerer.Answer(new AnswerRequest(request.Command.Argument) { Scope = request.Scope.SearchScope });
        return Task.FromResult(replies.Build(answer, request, skip: 0));
    }
}
