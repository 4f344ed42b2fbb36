using BriefingBot.Core.Answering;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Which of the bot's messages answered what: adapters report the ids of the messages a reply went out as
/// (<see cref="ChatEngine.Delivered"/>), and a later message replying to one of them is a follow-up of that answer.
/// It also keeps, for <see cref="ChatOptions.EditWindow"/>, which question message those replies answered, who asked
/// it and in which words, so an edit of the question can replace its answer (<see cref="ClaimEdit"/>).
/// Kept in the core so every platform reads follow-ups and edits alike; bounded (the oldest entries go first) and
/// entries expire. Lost on restart, which only means a reply to an old answer is answered as if it stood alone, and
/// an edit of a question asked before the restart changes nothing.
/// </summary>
public sealed class ConversationMemory(IOptions<ChatOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, Entry> _byMessage = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Dictionary<string, AnsweredQuestion> _byQuestion = new(StringComparer.Ordinal);
    private readonly Queue<string> _questionOrder = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byMessage.Count;
            }
        }
    }

    public void Remember(string platform, string chatId, IEnumerable<string> messageIds, AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            foreach (var id in messageIds)
            {
                var key = Key(platform, chatId, id);
                if (_byMessage.TryAdd(key, new Entry(context, now)))
                {
                    _order.Enqueue(key);
                }
                else
                {
                    _byMessage[key] = new Entry(context, now);
                }
            }

            while (_byMessage.Count > options.Value.ConversationCapacity && _order.TryDequeue(out var oldest))
            {
                _byMessage.Remove(oldest);
            }
        }
    }

    /// <summary>The answer the bot's message <paramref name="messageId"/> in this chat carried, if it is still known.</summary>
    public AnswerContext? Find(string platform, string chatId, string messageId)
    {
        lock (_lock)
        {
            return _byMessage.TryGetValue(Key(platform, chatId, messageId), out var entry)
                && time.GetUtcNow() - entry.Kept <= options.Value.ConversationLifetime
                    ? entry.Context
                    : null;
        }
    }

    /// <summary>
    /// The question message <paramref name="questionId"/> (asked by <paramref name="userId"/> in these words) was answered
    /// with the bot's messages <paramref name="replyIds"/>, in order. Remembered again after an edit's answer, it keeps
    /// the time of the first answer: the edit window runs from there.
    /// </summary>
    public void RememberQuestion(string platform, string chatId, string questionId, string userId, string text, IReadOnlyList<string> replyIds)
    {
        ArgumentNullException.ThrowIfNull(replyIds);
        var window = options.Value.EditWindow;
        if (window <= TimeSpan.Zero || replyIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var key = Key(platform, chatId, questionId);
        lock (_lock)
        {
            if (_byQuestion.TryGetValue(key, out var known) && known.UserId == userId)
            {
                known.Text = text;
                known.ReplyIds = [.. replyIds];
            }
            else if (known is null)
            {
                _byQuestion[key] = new AnsweredQuestion(userId, text, [.. replyIds], now);
                _questionOrder.Enqueue(key);
            }

            // Oldest first in the queue: drop what is past the window or over the bound.
            while (_questionOrder.TryPeek(out var oldest)
                && (_byQuestion.Count > options.Value.ConversationCapacity || !_byQuestion.TryGetValue(oldest, out var entry) || now - entry.AnsweredAt > window))
            {
                _questionOrder.Dequeue();
                _byQuestion.Remove(oldest);
            }
        }
    }

    /// <summary>
    /// An edit of message <paramref name="questionId"/> by <paramref name="userId"/> now reads <paramref name="text"/>: claimed
    /// (with the bot's reply messages to replace) when it edits a question the bot answered within the edit window, by its
    /// asker, into other words. The new words are kept at once, so the same edit delivered twice is claimed once.
    /// </summary>
    public EditClaim ClaimEdit(string platform, string chatId, string questionId, string userId, string text)
    {
        var key = Key(platform, chatId, questionId);
        lock (_lock)
        {
            if (!_byQuestion.TryGetValue(key, out var entry) || time.GetUtcNow() - entry.AnsweredAt > options.Value.EditWindow)
            {
                return new EditClaim(EditClaimStatus.NotAnsweredRecently, []);
            }

            if (!string.Equals(entry.UserId, userId, StringComparison.Ordinal))
            {
                return new EditClaim(EditClaimStatus.NotTheAsker, []);
            }

            if (string.Equals(entry.Text, text, StringComparison.Ordinal))
            {
                return new EditClaim(EditClaimStatus.Unchanged, []);
            }

            entry.Text = text;
            return new EditClaim(EditClaimStatus.Claimed, entry.ReplyIds);
        }
    }

    private static string Key(string platform, string chatId, string messageId) => string.Concat(platform, "\n", chatId, "\n", messageId);

    private sealed record Entry(AnswerContext Context, DateTimeOffset Kept);

    private sealed class AnsweredQuestion(string userId, string text, IReadOnlyList<string> replyIds, DateTimeOffset answeredAt)
    {
        public string UserId { get; } = userId;

        public string Text { get; set; } = text;

        public IReadOnlyList<string> ReplyIds { get; set; } = replyIds;

        public DateTimeOffset AnsweredAt { get; } = answeredAt;
    }
}

/// <summary>Whether an edit replaces an answer (<see cref="ConversationMemory.ClaimEdit"/>), and the bot's messages that carried it.</summary>
public readonly record struct EditClaim(EditClaimStatus Status, IReadOnlyList<string> ReplyIds);

public enum EditClaimStatus
{
    /// <summary>The edit replaces the answer carried by <see cref="EditClaim.ReplyIds"/>.</summary>
    Claimed,

    /// <summary>Not a question the bot answered, or answered longer ago than the edit window (or before a restart).</summary>
    NotAnsweredRecently,

    /// <summary>Someone other than the asker: platforms only let authors edit, so this is never acted on.</summary>
    NotTheAsker,

    /// <summary>The words are the ones already answered: a link preview or embed filled in, or the same edit again.</summary>
    Unchanged,
}
