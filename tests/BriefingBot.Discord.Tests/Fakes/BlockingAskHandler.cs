using BriefingBot.Core.Chat;

namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>An <c>/ask</c> that holds its search slot until the test lets it go: saturates the adapter's answering.</summary>
public sealed class BlockingAskHandler : IChatCommandHandler
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;

    public ChatCommandKind Kind => ChatCommandKind.Ask;

    public IReadOnlyList<string> Names { get; } = ["ask"];

    public bool CountsAsQuestion => true;

    public int Entered => Volatile.Read(ref _entered);

    public void Release() => _release.TrySetResult();

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _entered);
        await _release.Task.WaitAsync(cancellationToken);
        return ChatReply.Text("answered after the wait", request.Language);
    }
}
