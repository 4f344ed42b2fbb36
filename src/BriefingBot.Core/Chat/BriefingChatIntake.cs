using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat;

/// <summary>
/// In a briefing chat (<see cref="ChatOptions.BriefingChats"/>, e.g. a moderators' newsroom) a moderator's plain post
/// (text or a file) is a briefing: it is read as <c>/brief</c> with that text or file. Members' posts there stay
/// ordinary messages, so their chatter is neither refused nor answered as if it were a briefing. Decided here, for
/// every platform alike; an adapter only reports who moderates (<see cref="WantsSenderRole"/>). In a briefing chat's
/// threads (a Discord forum's posts), a post that opens a thread is a post to the chat; the rest of a thread is discussion.
/// </summary>
public sealed class BriefingChatIntake
{
    private const string BriefCommand = "/brief";

    private readonly HashSet<string> _chats;
    private readonly HashSet<string> _globalModerators;

    public BriefingChatIntake(IOptions<ChatOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _chats = new HashSet<string>(options.Value.BriefingChats.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        _globalModerators = new HashSet<string>(options.Value.Moderators.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether the sender's role decides what the message is: a plain post in a briefing chat.</summary>
    public bool WantsSenderRole(IncomingMessage message) => IsPlainPostInBriefingChat(message);

    /// <summary>The message as the core reads it: a moderator's plain post in a briefing chat becomes <c>/brief</c>; anything else is unchanged.</summary>
    public IncomingMessage Apply(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!IsPlainPostInBriefingChat(message)
            || (message.Role == SenderRole.Member && !_globalModerators.Contains(message.Platform + ":" + message.UserId)))
        {
            return message;
        }

        var text = message.Attachments.Count > 0 ? BriefCommand : BriefCommand + "\n" + message.Text;
        return message with { Text = text, AddressedToBot = true };
    }

    private bool IsPlainPostInBriefingChat(IncomingMessage message) =>
        _chats.Count > 0
        && message.Action is null
        && message.Text?.StartsWith('/') != true
        && (!string.IsNullOrWhiteSpace(message.Text) || message.Attachments.Count > 0)
        && (_chats.Contains(message.Platform + ":" + message.ChatId)
            || (message.OpensThread && message.ParentChatId is { } parent && _chats.Contains(message.Platform + ":" + parent)));
}
