using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>
/// Durable storage of posted briefings: the source of truth the index is derived from.
/// A briefing is either wholly in the store or not at all; once <see cref="SaveAsync"/> returns it survives a crash.
/// </summary>
public interface IBriefingStore
{
    /// <summary>Every stored briefing, parsed again from its stored text, in the order they were posted (oldest first).</summary>
    Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken);

    /// <summary>Stores the briefing (replacing one with the same id) and returns once it is on disk.</summary>
    Task SaveAsync(StoredBriefing briefing, CancellationToken cancellationToken);

    /// <summary>Removes the briefing with this id; false when the store has none.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>Moves the briefing with this id to another community (null: shared); false when the store has none.</summary>
    Task<bool> AssignAsync(string id, string? community, CancellationToken cancellationToken);
}

/// <summary>A store with nothing in it, for runs that only use the shipped corpus: it refuses new briefings.</summary>
public sealed class EmptyBriefingStore : IBriefingStore
{
    public Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Briefing>>([]);

    public Task SaveAsync(StoredBriefing briefing, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This bot runs without a briefing store; it answers from the shipped corpus only.");

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<bool> AssignAsync(string id, string? community, CancellationToken cancellationToken) => Task.FromResult(false);
}
