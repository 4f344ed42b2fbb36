using BriefingBot.Core.Answering;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Which of the bot's messages answered what: adapters report the ids of the messages a reply went out as
/// (<see cref="ChatEngine.Delivered"/>), and a later message replying to one of them is a follow-up of that answer.
/// Kept in the core so every platform reads follow-ups alike; bounded (the oldest entries go first) and entries
/// expire. Lost on restart, which only means a reply to an old answer is answered as if it stood alone.
/// </summary>
public sealed class ConversationMemory(IOptions<ChatOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, Entry> _byMessage = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
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

    private static string Key(string platform, string chatId, string messageId) => string.Concat(platform, "\n", chatId, "\n", messageId);

    private sealed record Entry(AnswerContext Context, DateTimeOffset Kept);
}
