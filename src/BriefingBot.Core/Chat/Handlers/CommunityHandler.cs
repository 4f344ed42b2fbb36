using BriefingBot.Core.Communities;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary>
/// <c>/community</c>: in a group, the sender's private chat with the bot follows this community (sending in the group
/// shows they are in it; the platform is asked again before a private chat shows anything of it). In a private chat:
/// which briefings it answers from, and <c>/community off</c> to go back to the shared ones.
/// </summary>
public sealed class CommunityHandler(CommunityRegistry registry, ChatScopes scopes) : IChatCommandHandler
{
    private static readonly string[] OffWords = ["off", "none", "إلغاء", "الغاء"];

    public ChatCommandKind Kind => ChatCommandKind.Community;

    public IReadOnlyList<string> Names { get; } = ["community", "مجتمع"];

    /// <summary>Quick and never a search: answered in the first response (Discord type 4).</summary>
    public bool AnswersAtOnce => true;

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var texts = CommunityTexts.For(request.Language);
        var message = request.Message;
        var userKey = ChatScopes.UserKey(message);
        if (message.ChatKind == ChatKind.Group)
        {
            if (request.Scope.Community is not { } community)
            {
                return ChatReply.Text(texts.NoCommunityHere, request.Language, TextRole.Notice);
            }

            await registry.FollowAsync(userKey, community, cancellationToken).ConfigureAwait(false);
            scopes.Forget(message);
            return ChatReply.Text(texts.Following, request.Language);
        }

        if (OffWords.Contains(request.Command.Argument.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            await registry.FollowAsync(userKey, null, cancellationToken).ConfigureAwait(false);
            scopes.Forget(message);
            return ChatReply.Text(texts.Unfollowed, request.Language);
        }

        // The scope was decided with the platform's word on membership: a community left behind reads as none.
        return ChatReply.Text(request.Scope.Community is null ? texts.FollowingNone : texts.FollowingHere, request.Language);
    }
}
