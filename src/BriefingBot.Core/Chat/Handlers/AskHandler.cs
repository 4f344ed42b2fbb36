using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary><c>/ask question</c>, or any text meant for the bot: the passages that answer it, read as a follow-up when it replies to an answer.</summary>
public sealed class AskHandler(QuestionAnswerer answerer, AnswerReplies replies, ConversationMemory conversation) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Ask;

    public IReadOnlyList<string> Names { get; } = ["ask", "اسأل", "سؤال"];

    public bool CountsAsQuestion => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        // A reply to one of the bot's answers may follow it up; the answerer decides whether it leans on it.
        var message = request.Message;
        var followUp = message.ReplyToMessageId is { } repliedTo ? conversation.Find(message.Platform, message.ChatId, repliedTo) : null;
        var answer = answerer.Answer(new AnswerRequest(request.Command.Argument) { Scope = request.Scope.SearchScope, FollowUp = followUp });
        return Task.FromResult(replies.Build(answer, request, skip: 0));
    }
}
