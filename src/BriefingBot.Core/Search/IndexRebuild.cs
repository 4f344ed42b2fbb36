using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Search;

/// <summary>How far a rebuild has come: passages written of those to write, and whether it is merging them into one segment.</summary>
public sealed record IndexBuildProgress(long PassagesDone, long PassagesTotal, bool Merging)
{
    /// <summary>0–100; the final merge counts as the last step, so a rebuild shows at most 99 until it is live.</summary>
    public int Percent => PassagesTotal <= 0 ? (Merging ? 99 : 0) : (int)Math.Min(99, PassagesDone * 100 / PassagesTotal);
}

/// <summary>
/// A new index being built beside the one that serves (<see cref="PassageIndex.BeginRebuild"/>). Briefings added or
/// removed meanwhile reach the serving index at once and are kept here, in order, to be applied to the new one just
/// before it goes live, so it goes live with them.
/// </summary>
public sealed class IndexRebuild
{
    private readonly List<(Briefing? Upserted, string? RemovedId)> _changes = [];
    private long _done;
    private volatile bool _merging;

    internal IndexRebuild(IndexGeneration generation, long passagesTotal)
    {
        Generation = generation;
        PassagesTotal = passagesTotal;
    }

    internal IndexGeneration Generation { get; }

    public long PassagesTotal { get; }

    public IndexBuildProgress Progress => new(Interlocked.Read(ref _done), PassagesTotal, _merging);

    internal void Written(int passages) => Interlocked.Add(ref _done, passages);

    internal void StartMerging() => _merging = true;

    /// <summary>The changes made since the rebuild began, in the order they were made.</summary>
    internal IReadOnlyList<(Briefing? Upserted, string? RemovedId)> Changes => _changes;

    internal void Upserted(Briefing briefing) => _changes.Add((briefing, null));

    internal void Removed(string briefingId) => _changes.Add((null, briefingId));
}
