using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Client.Gateway;

internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Connecting to gateway {Host} (resume: {Resume})")]
    public static partial void Connecting(ILogger logger, string host, bool resume);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Identifying with intents {Intents}")]
    public static partial void Identifying(ILogger logger, int intents);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Resuming session {SessionId} from sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, string sessionId, long? sequence);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Gateway ready as {Username} ({UserId}), session {SessionId}")]
    public static partial void Ready(ILogger logger, string username, string userId, string sessionId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Gateway session resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "No heartbeat ACK since the last heartbeat; treating the connection as a zombie")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Gateway requested a reconnect")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Gateway invalidated the session (resumable: {Resumable}); waiting {DelayMs} ms")]
    public static partial void InvalidSession(ILogger logger, bool resumable, long delayMs);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Gateway closed with {CloseCode}: {CloseReason}")]
    public static partial void Closed(ILogger logger, int? closeCode, string? closeReason);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Warning, Message = "Gateway connection lost")]
    public static partial void ConnectionLost(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Information, Message = "Reconnecting in {DelayMs} ms (attempt {Attempt})")]
    public static partial void Reconnecting(ILogger logger, long delayMs, int attempt);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Critical, Message = "Gateway closed with fatal code {CloseCode}; the client stops")]
    public static partial void Fatal(ILogger logger, int closeCode);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error, Message = "Handler for {EventName} (sequence {Sequence}) failed")]
    public static partial void HandlerFailed(ILogger logger, string eventName, long sequence, Exception exception);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Debug, Message = "Skipping already delivered {EventName} with sequence {Sequence}")]
    public static partial void DuplicateDispatch(ILogger logger, string eventName, long sequence);

    [LoggerMessage(EventId = 1014, Level = LogLevel.Warning, Message = "Ignoring malformed gateway payload")]
    public static partial void MalformedPayload(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1015, Level = LogLevel.Information, Message = "Gateway stopped")]
    public static partial void Stopped(ILogger logger);
}
