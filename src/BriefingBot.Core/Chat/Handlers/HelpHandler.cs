namespace BriefingBot.Core.Chat.Handlers;

/// <summary><c>/help</c>: what the bot does and how to ask.</summary>
public sealed class HelpHandler : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Help;

    public IReadOnlyList<string> Names { get; } = ["help", "مساعدة"];

    public bool AnswersAtOnce => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ChatReply.Text(request.Texts.Help, request.Language));
}

/// <summary><c>/start</c>: the first message a user sends a Telegram bot; a welcome and the help.</summary>
public sealed class StartHandler : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Start;

    public IReadOnlyList<string> Names { get; } = ["start"];

    public bool AnswersAtOnce => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ChatReply.Text(request.Texts.Welcome, request.Language));
}
