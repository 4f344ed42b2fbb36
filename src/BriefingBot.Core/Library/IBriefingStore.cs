using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>Durable storage of posted briefings: the source of truth the index is derived from.</summary>
public interface IBriefingStore
{
    Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken);
}

/// <summary>A store with nothing in it, for runs that only use the shipped corpus.</summary>
public sealed class EmptyBriefingStore : IBriefingStore
{
    public Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Briefing>>([]);
}
