namespace BriefingBot.Discord.Client.Gateway;

/// <summary>
/// What survives a reconnect: the session to resume and the sequence bookkeeping. Sequence numbers
/// restart with every new session, so <see cref="BeginNewSession"/> resets the delivery watermark too.
/// </summary>
internal sealed class GatewaySession
{
    private readonly Lock _lock = new();
    private long _lastDelivered;

    public string? SessionId { get; private set; }

    public string? ResumeGatewayUrl { get; private set; }

    public long? LastSequence { get; private set; }

    public bool CanResume => SessionId is not null && ResumeGatewayUrl is not null;

    public void BeginNewSession()
    {
        lock (_lock)
        {
            SessionId = null;
            ResumeGatewayUrl = null;
            LastSequence = null;
            _lastDelivered = 0;
        }
    }

    public void Started(string sessionId, string resumeGatewayUrl)
    {
        SessionId = sessionId;
        ResumeGatewayUrl = resumeGatewayUrl;
    }

    public void Observe(long sequence)
    {
        lock (_lock)
        {
            if (LastSequence is null || sequence > LastSequence)
            {
                LastSequence = sequence;
            }
        }
    }

    /// <summary>True the first time a sequence number is seen in this session; replays after RESUME return false.</summary>
    public bool TryMarkForDelivery(long sequence)
    {
        lock (_lock)
        {
            if (sequence <= _lastDelivered)
            {
                return false;
            }

            _lastDelivered = sequence;
            return true;
        }
    }
}
