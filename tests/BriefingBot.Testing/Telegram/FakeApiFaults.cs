using System.Collections.Concurrent;

namespace BriefingBot.Testing.Telegram;

/// <summary>Errors a test asked the fake to return: per method, the next calls fail in the order they were queued.</summary>
internal sealed class FakeApiFaults
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeApiException>> _faults = new(StringComparer.OrdinalIgnoreCase);

    public void Add(string method, FakeApiException fault, int times)
    {
        var queue = _faults.GetOrAdd(method, _ => new ConcurrentQueue<FakeApiException>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(fault);
        }
    }

    public bool TryTake(string method, out FakeApiException fault)
    {
        fault = null!;
        return _faults.TryGetValue(method, out var faults) && faults.TryDequeue(out fault!);
    }
}
