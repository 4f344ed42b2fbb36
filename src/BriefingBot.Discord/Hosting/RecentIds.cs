namespace BriefingBot.Discord.Hosting;

/// <summary>A bounded set of recently seen ids: the oldest are forgotten first.</summary>
public sealed class RecentIds(int capacity)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();
    private readonly int _capacity = capacity >= 1 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "At least one id must be remembered.");

    /// <summary>True the first time an id is seen (while it is remembered), false for a repeat.</summary>
    public bool TryAdd(string id)
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
