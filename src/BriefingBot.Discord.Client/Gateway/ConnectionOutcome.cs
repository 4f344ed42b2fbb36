namespace BriefingBot.Discord.Client.Gateway;

internal enum ConnectionEnd
{
    /// <summary>Reconnect and RESUME the session if there is one.</summary>
    Resume,

    /// <summary>The session is gone; reconnect and IDENTIFY.</summary>
    Reidentify,

    Fatal,

    /// <summary>The caller cancelled; the socket was closed with 1000.</summary>
    Stopped,
}

/// <param name="Delay">An explicit wait before reconnecting; null means "use exponential backoff".</param>
/// <param name="ReachedReady">READY or RESUMED arrived, so the backoff attempt counter can reset.</param>
internal sealed record ConnectionOutcome(ConnectionEnd End, bool ReachedReady, TimeSpan? Delay = null, int? CloseCode = null, string? CloseReason = null);
