namespace BriefingBot.Core;

/// <summary>
/// A value derived from a snapshot (the catalog's briefings, the index's speakers or words), built again only when the
/// snapshot is replaced: each catalog change or index commit hands out a new one, so it is compared by reference. Reads
/// take no lock; two threads meeting a new snapshot at once may both build its value, and either serves.
/// </summary>
internal sealed class SnapshotCache<TSource, TValue>(Func<TSource, TValue> build)
    where TSource : class
{
    private volatile Built? _built;

    /// <summary>The value of <paramref name="current"/>: the one built last when it is the same snapshot, else a new one.</summary>
    public TValue Of(TSource current)
    {
        var built = _built;
        if (built is null || !ReferenceEquals(built.Source, current))
        {
            built = new Built(current, build(current));
            _built = built;
        }

        return built.Value;
    }

    private sealed record Built(TSource Source, TValue Value);
}
