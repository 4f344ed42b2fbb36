using BriefingBot.Core.Library;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary><c>/unbrief ID</c>: a moderator removes a posted briefing from the store and the index.</summary>
public sealed class UnbriefHandler(BriefingLibrary library) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Unbrief;

    public IReadOnlyList<string> Names { get; } = ["unbrief", "حذف_موجز"];

    public bool ModeratorOnly => true;

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var texts = BriefingTexts.For(request.Language);
        var id = request.Command.Argument.Trim();
        if (id.Length == 0 || id.Any(char.IsWhiteSpace))
        {
            return ChatReply.Text(texts.UnbriefUsage, request.Language, TextRole.Notice);
        }

        // A community's moderators remove their community's briefings; shared ones only the operator's global moderators.
        var scope = request.Scope;
        var result = await library.RemoveAsync(id, b => b.IsShared ? scope.IsGlobalModerator : b.Community == scope.Community, cancellationToken).ConfigureAwait(false);
        return ChatReply.Text(texts.Removal(result, id), request.Language, result.Outcome == RemoveOutcome.Removed ? TextRole.Plain : TextRole.Notice);
    }
}
