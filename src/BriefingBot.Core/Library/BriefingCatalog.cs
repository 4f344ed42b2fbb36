using System.Collections.Immutable;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>
/// The briefings the bot currently answers from, newest first: by date, and among briefings of the same date the
/// one posted last first (so two briefings on one day have a well-defined latest). Readers get an immutable
/// snapshot, so a briefing added while a question is answered never shows up half-way.
/// </summary>
public sealed class BriefingCatalog
{
    private readonly System.Threading.Lock _writeLock = new();
    private volatile Snapshot _snapshot = Snapshot.Empty;

    public IReadOnlyList<Briefing> All => _snapshot.Briefings;

    public Briefing? Latest => _snapshot.Briefings.Count > 0 ? _snapshot.Briefings[0] : null;

    public Briefing? Find(string id) => _snapshot.Briefings.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.OrdinalIgnoreCase));

    public Briefing? FindByContent(string contentHash) => _snapshot.Briefings.FirstOrDefault(b => b.ContentHash == contentHash);

    /// <summary>A briefing with these words in the same community (null: among the shared ones).</summary>
    public Briefing? FindByContent(string contentHash, string? community) =>
        _snapshot.Briefings.FirstOrDefault(b => b.ContentHash == contentHash && b.Community == community);

    /// <summary>What a chat of <paramref name="community"/> sees (null: shared only), newest first.</summary>
    public IReadOnlyList<Briefing> Visible(string? community) =>
        _snapshot.Briefings.Where(b => Communities.CommunityDirectory.MayShow(b, community)).ToList();

    /// <summary>The newest briefing a chat of <paramref name="community"/> sees.</summary>
    public Briefing? LatestVisible(string? community) =>
        _snapshot.Briefings.FirstOrDefault(b => Communities.CommunityDirectory.MayShow(b, community));

    /// <summary>The briefings of one community only (null: the shared ones), newest first.</summary>
    public IReadOnlyList<Briefing> Of(string? community) => _snapshot.Briefings.Where(b => b.Community == community).ToList();

    /// <summary>Replaces the whole catalog; <paramref name="briefings"/> come in the order they were posted, oldest first.</summary>
    public void Replace(IEnumerable<Briefing> briefings)
    {
        lock (_writeLock)
        {
            var arrival = ImmutableDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
            var latest = new Dictionary<string, Briefing>(StringComparer.Ordinal);
            long next = 0;
            foreach (var briefing in briefings)
            {
                latest[briefing.Id] = briefing;
                arrival[briefing.Id] = next++;
            }

            var order = arrival.ToImmutable();
            _snapshot = new Snapshot(Order(latest.Values, order), order, next);
        }
    }

    /// <summary>Adds a briefing as the most recently posted one, replacing any with the same id.</summary>
    public void Upsert(Briefing briefing)
    {
        lock (_writeLock)
        {
            var current = _snapshot;
            var arrival = current.Arrival.SetItem(briefing.Id, current.Next);
            _snapshot = new Snapshot(Order(current.Briefings.Where(b => b.Id != briefing.Id).Append(briefing), arrival), arrival, current.Next + 1);
        }
    }

    /// <summary>Swaps in a changed briefing (another community, say) where it stands, keeping when it was posted.</summary>
    public void Change(Briefing briefing)
    {
        lock (_writeLock)
        {
            var current = _snapshot;
            _snapshot = current with { Briefings = current.Briefings.Select(b => b.Id == briefing.Id ? briefing : b).ToImmutableList() };
        }
    }

    public bool Remove(string id)
    {
        lock (_writeLock)
        {
            var current = _snapshot;
            var kept = current.Briefings.RemoveAll(b => b.Id == id);
            if (kept.Count == current.Briefings.Count)
            {
                return false;
            }

            _snapshot = current with { Briefings = kept, Arrival = current.Arrival.Remove(id) };
            return true;
        }
    }

    private static ImmutableList<Briefing> Order(IEnumerable<Briefing> briefings, ImmutableDictionary<string, long> arrival) =>
        [.. briefings.OrderByDescending(b => b.Date).ThenByDescending(b => arrival.GetValueOrDefault(b.Id)).ThenByDescending(b => b.Id, StringComparer.Ordinal)];

    private sealed record Snapshot(ImmutableList<Briefing> Briefings, ImmutableDictionary<string, long> Arrival, long Next)
    {
        public static readonly Snapshot Empty = new([], ImmutableDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal), 0);
    }
}
