using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>
/// Told about every newly added briefing, after it is durable and searchable: the chat adapters implement it to
/// announce the briefing (title and sections) in their configured channels. Register any number in DI.
/// Keep it quick (queue the sending): the poster's confirmation waits for announcers; their failures are logged, never thrown.
/// </summary>
public interface IBriefingAnnouncer
{
    Task AnnounceAsync(Briefing briefing, BriefingOrigin origin, CancellationToken cancellationToken);
}
