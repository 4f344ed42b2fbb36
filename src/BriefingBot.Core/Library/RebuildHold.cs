namespace BriefingBot.Core.Library;

/// <summary>
/// Where a background rebuild waits once its new index is written, before it goes live. The service registers none and
/// goes straight on; a test registers one to watch the bot while its index is being built, rather than bet on how long a
/// build takes.
/// </summary>
public abstract class RebuildHold
{
    /// <summary>Completes when the rebuild may switch to its new index.</summary>
    public abstract Task BeforeSwitchAsync(CancellationToken cancellationToken);
}
