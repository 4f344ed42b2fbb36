using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>
/// Keeps a busy chat informed while the send limits hold its answers back, without a storm: "typing…" at most once per
/// interval per chat and topic however many answers wait there, and the "queued" note at most once per chat and burst.
/// A burst is a run of held-back answers in a chat with no minute (the per-group limit's window) free of them.
/// </summary>
internal sealed class TelegramHeldBackCourtesy(IOptions<TelegramOptions> options, TimeProvider time)
{
    private static readonly TimeSpan BurstGap = TimeSpan.FromMinutes(1);
    private const int ChatsBeforePruning = 4096;

    private readonly Lock _lock = new();
    private readonly TelegramSendLimits _limits = options.Value.Limits;
    private readonly Dictionary<long, ChatState> _chats = [];

    /// <summary>What to do now for an answer that has waited <paramref name="waited"/> in this chat and topic.</summary>
    public (bool ShowTyping, bool SayQueued) Decide(long chatId, int? topic, TimeSpan waited)
    {
        var now = time.GetTimestamp();
        lock (_lock)
        {
            if (!_chats.TryGetValue(chatId, out var chat) || time.GetElapsedTime(chat.LastHeldBack, now) >= BurstGap)
            {
                Prune(now);
                chat = new ChatState();
                _chats[chatId] = chat;
            }

            chat.LastHeldBack = now;

            // Due a little before the interval, so the pulses of one answer that drift a few milliseconds still show it.
            var showTyping = !chat.TypedAt.TryGetValue(topic ?? 0, out var typed) || time.GetElapsedTime(typed, now) >= _limits.HeldBackTypingInterval * 0.9;
            if (showTyping)
            {
                chat.TypedAt[topic ?? 0] = now;
            }

            var sayQueued = waited >= _limits.QueuedNoteAfter && !chat.SaidQueued;
            chat.SaidQueued |= sayQueued;
            return (showTyping, sayQueued);
        }
    }

    private void Prune(long now)
    {
        if (_chats.Count < ChatsBeforePruning)
        {
            return;
        }

        foreach (var quiet in _chats.Where(c => time.GetElapsedTime(c.Value.LastHeldBack, now) >= BurstGap).Select(c => c.Key).ToList())
        {
            _chats.Remove(quiet);
        }
    }

    private sealed class ChatState
    {
        public long LastHeldBack { get; set; }

        public bool SaidQueued { get; set; }

        public Dictionary<int, long> TypedAt { get; } = [];
    }
}
