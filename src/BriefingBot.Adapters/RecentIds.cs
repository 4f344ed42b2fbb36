namespace BriefingBot.Adapters;

/// <summary>
/// A bounded set of the ids an adapter took in most recently, the oldest forgotten first. Platforms deliver an
/// event again when they did not hear back in time (a webhook retry, a replayed gateway dispatch), possibly out of
/// order, so "higher than the last" cannot tell a repeat from a late one; remembering the recent ids can.
/// </summary>
public sealed class RecentIds<T>
    where T : notnull
{
    private readonly HashSet<T> _ids = [];
    private readonly Queue<T> _order = new();
    private readonly Lock _lock = new();
    private readonly int _capacity;

    public RecentIds(int capacity) =>
        _capacity = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "At least one id must be remembered.");

    /// <summary>True the first time an id is seen (while it is remembered), false for a repeat.</summary>
    public bool TryAdd(T id)
    {
        lock (_lock)
        {
            if (!_ids.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            while (_order.Count > _capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
