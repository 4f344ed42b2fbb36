using System.Collections.Immutable;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>
/// The briefings the bot currently answers from, newest first. Readers get an immutable snapshot,
/// so a briefing added while a question is answered never shows up half-way.
/// </summary>
public sealed class BriefingCatalog
{
    private ImmutableList<Briefing> _briefings = [];

    public IReadOnlyList<Briefing> All => _briefings;

    public Briefing? Latest => _briefings.Count > 0 ? _briefings[0] : null;

    public Briefing? Find(string id) => _briefings.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.OrdinalIgnoreCase));

    public Briefing? FindByContent(string contentHash) => _briefings.FirstOrDefault(b => b.ContentHash == contentHash);

    public void Replace(IEnumerable<Briefing> briefings) =>
        _briefings = Order(briefings.GroupBy(b => b.Id).Select(g => g.Last()));

    public void Upsert(Briefing briefing) =>
        ImmutableInterlocked.Update(ref _briefings, list => Order(list.Where(b => b.Id != briefing.Id).Append(briefing)));

    public bool Remove(string id)
    {
        var removed = false;
        ImmutableInterlocked.Update(ref _briefings, list =>
        {
            var kept = list.RemoveAll(b => b.Id == id);
            removed = kept.Count != list.Count;
            return kept;
        });
        return removed;
    }

    private static ImmutableList<Briefing> Order(IEnumerable<Briefing> briefings) =>
        [.. briefings.OrderByDescending(b => b.Date).ThenByDescending(b => b.Id, StringComparer.Ordinal)];
}
