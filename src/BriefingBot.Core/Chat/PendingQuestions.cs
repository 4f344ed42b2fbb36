using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Questions whose answer has more passages, kept server-side so a button carries only a short id
/// (Telegram allows 64 bytes of callback data). Bounded: the least recently used entry goes first,
/// and entries expire. Lost on restart, which only means an old button asks to ask again.
/// </summary>
public sealed class PendingQuestions(IOptions<ChatOptions> options, TimeProvider time)
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _byId = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _byId.Count;
            }
        }
    }

    /// <summary>Keeps the question and returns its id: 8 URL-safe characters.</summary>
    public string Remember(PendingQuestion question)
    {
        var id = NewId();
        lock (_lock)
        {
            var node = _recency.AddFirst(new Entry(id, question, time.GetUtcNow()));
            _byId[id] = node;
            while (_byId.Count > options.Value.PendingQuestionCapacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _byId.Remove(oldest.Value.Id);
            }
        }

        return id;
    }

    public bool TryGet(string id, out PendingQuestion question)
    {
        lock (_lock)
        {
            if (_byId.TryGetValue(id, out var node))
            {
                if (time.GetUtcNow() - node.Value.Created <= options.Value.PendingQuestionLifetime)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                    question = node.Value.Question;
                    return true;
                }

                _recency.Remove(node);
                _byId.Remove(id);
            }
        }

        question = null!;
        return false;
    }

    /// <summary>
    /// Takes one page of a kept question: true the first time <paramref name="skip"/> is claimed, false after, so a
    /// button pressed twice, or by two members at once, posts its page once.
    /// </summary>
    public bool TryClaim(string id, int skip)
    {
        lock (_lock)
        {
            return _byId.TryGetValue(id, out var node) && node.Value.ClaimedPages.Add(skip);
        }
    }

    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[6];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    private sealed record Entry(string Id, PendingQuestion Question, DateTimeOffset Created)
    {
        public HashSet<int> ClaimedPages { get; } = [];
    }
}

/// <summary>A question that may be continued, and the chat it was asked in (a button works only there).</summary>
public sealed record PendingQuestion(string Question, string Platform, string ChatId)
{
    /// <summary>The answer the question's pages belong to, so votes on a later page count for the same answer.</summary>
    public string? AnswerId { get; init; }

    /// <summary>The language the answer was given in: its next pages and their button keep it, whoever presses.</summary>
    public ChatLanguage? Language { get; init; }

    /// <summary>The earlier answer the question followed up, so its next pages lean on it too.</summary>
    public Answering.AnswerContext? FollowUp { get; init; }
}

/// <summary>The payload of a "more" button: <c>more:{id}:{skip}</c>, well under 64 bytes.</summary>
public readonly record struct Continuation(string Id, int Skip)
{
    public const string Verb = "more";

    public string ToAction() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Verb}:{Id}:{Skip}");

    /// <summary>Parses the argument after the verb (<c>{id}:{skip}</c>).</summary>
    public static bool TryParse(string argument, out Continuation continuation)
    {
        continuation = default;
        var colon = argument.LastIndexOf(':');
        if (colon <= 0
            || !int.TryParse(argument.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var skip)
            || skip > 10_000)
        {
            return false;
        }

        continuation = new Continuation(argument[..colon], skip);
        return true;
    }
}
