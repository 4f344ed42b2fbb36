namespace BriefingBot.Core.Chat;

/// <summary>
/// Turns an incoming message into a command. In a private chat any text is a question; in a group only a
/// command, a mention of the bot or a reply to it is, except in the community's ask channel, where every message
/// is a question. Command words come from the registered handlers, so a new command needs no change here.
/// </summary>
public sealed class ChatCommandParser
{
    private readonly Dictionary<string, ChatCommandKind> _names;
    private readonly Func<IncomingMessage, bool> _isAskChat;

    /// <param name="isAskChat">Whether a group message is in an ask channel (every message there is a question).</param>
    public ChatCommandParser(IEnumerable<IChatCommandHandler> handlers, Func<IncomingMessage, bool>? isAskChat = null)
    {
        _isAskChat = isAskChat ?? (_ => false);
        _names = new Dictionary<string, ChatCommandKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            foreach (var name in handler.Names)
            {
                _names[name] = handler.Kind;
            }
        }
    }

    public ChatCommand Parse(IncomingMessage message)
    {
        if (message.Action is { Length: > 0 } action)
        {
            // A button payload is "verb:argument"; an unknown verb is a stale button from an older version.
            var colon = action.IndexOf(':', StringComparison.Ordinal);
            var verb = colon < 0 ? action : action[..colon];
            return _names.TryGetValue(verb, out var actionKind)
                ? new ChatCommand(actionKind, colon < 0 ? string.Empty : action[(colon + 1)..])
                : new ChatCommand(ChatCommandKind.Unknown);
        }

        var text = message.Text?.Trim() ?? string.Empty;
        if (text.Length > 1 && text[0] == '/')
        {
            var end = IndexOfWhiteSpace(text);
            var word = end < 0 ? text[1..] : text[1..end];
            var argument = end < 0 ? string.Empty : text[end..].Trim();
            if (_names.TryGetValue(word, out var kind))
            {
                return new ChatCommand(kind, argument);
            }

            // In a group an unknown command is most likely another bot's.
            return message.ChatKind == ChatKind.Private || message.AddressedToBot
                ? new ChatCommand(ChatCommandKind.Unknown, word)
                : ChatCommand.None;
        }

        if (text.Length == 0 && message.Attachments.Count == 0)
        {
            return ChatCommand.None;
        }

        var forTheBot = message.ChatKind == ChatKind.Private || message.AddressedToBot || message.ReplyToBot || (text.Length > 0 && _isAskChat(message));
        return forTheBot ? new ChatCommand(ChatCommandKind.Ask, text) : ChatCommand.None;
    }

    private static int IndexOfWhiteSpace(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
