using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Client.Rest;

internal static partial class RestLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Waiting {DelayMs} ms for rate-limit bucket of {Route}")]
    public static partial void WaitingForBucket(ILogger logger, string route, long delayMs);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Rate limited on {Route} (scope {Scope}, global: {Global}); retrying after {RetryAfterMs} ms")]
    public static partial void RateLimited(ILogger logger, string route, string scope, bool global, long retryAfterMs);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Discord returned {StatusCode} for {Route}; retry {Attempt} in {DelayMs} ms")]
    public static partial void RetryingServerError(ILogger logger, string route, int statusCode, int attempt, long delayMs);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Discord rejected {Route} with {StatusCode} (code {ErrorCode}): {DiscordMessage}")]
    public static partial void RequestRejected(ILogger logger, string route, int statusCode, int? errorCode, string? discordMessage);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Discord: {Route} dropped after {Reason}: the retry would wait {WaitMs} ms but the interaction token allows {LeftMs} ms more; the user gets no answer to it")]
    public static partial void DroppedPastDeadline(ILogger logger, string route, string reason, long waitMs, long leftMs);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Discord: retried {Route} found the interaction already acknowledged; the attempt that met a server error went through")]
    public static partial void FoundAcknowledged(ILogger logger, string route);
}
