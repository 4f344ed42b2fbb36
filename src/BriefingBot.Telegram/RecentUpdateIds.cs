namespace BriefingBot.Telegram;

/// <summary>
/// The update ids a webhook took in most recently. Telegram delivers an update again when it did not get the
/// response in time (a slow answer, a dropped connection), and may deliver several at once, so "higher than the
/// last" cannot tell a repeat from a late one; remembering the recent ids can.
/// </summary>
internal sealed class RecentUpdateIds(int capacity)
{
    private readonly HashSet<int> _seen = [];
    private readonly Queue<int> _order = new();
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen; false for a repeat still remembered.</summary>
    public bool TryTake(int updateId)
    {
        lock (_lock)
        {
            if (!_seen.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
