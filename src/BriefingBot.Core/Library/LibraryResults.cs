using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>What <see cref="BriefingLibrary.AddAsync"/> did.</summary>
/// <param name="Briefing">The briefing added, or the one already there with the same content.</param>
/// <param name="Added">False when a briefing with the same content was already there and nothing changed.</param>
/// <param name="Replaced">True when a briefing with the same id but other content was replaced.</param>
/// <param name="IdInUse">True when nothing was added because the id belongs to a shipped briefing (<paramref name="Briefing"/>).</param>
public sealed record LibraryAddResult(Briefing Briefing, bool Added, bool Replaced, bool IdInUse = false);

/// <summary>
/// What <see cref="BriefingLibrary.RemoveAsync"/> did, with the briefing it concerned when there is one: none when a
/// stored briefing that was not served (unreadable, or refused by the index) was removed.
/// </summary>
public sealed record LibraryRemoveResult(RemoveOutcome Outcome, Briefing? Briefing);

public enum RemoveOutcome
{
    Removed,

    /// <summary>No briefing has this id.</summary>
    NotFound,

    /// <summary>The briefing ships with the bot (corpus folder), not posted: it cannot be removed from chat.</summary>
    ShippedWithBot,
}
