using System.Net;

namespace BriefingBot.Discord.Client.Rest;

/// <summary>A REST call Discord refused (4xx) or kept failing (5xx, exhausted 429 retries).</summary>
public sealed class DiscordRestException : Exception
{
    public DiscordRestException(HttpStatusCode statusCode, int? errorCode, string? discordMessage, string route)
        : base(Describe(statusCode, errorCode, discordMessage, route))
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        DiscordMessage = discordMessage;
        Route = route;
    }

    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code (e.g. 50013 Missing Permissions), when the body had one.</summary>
    public int? ErrorCode { get; }

    public string? DiscordMessage { get; }

    /// <summary>Method and route template, e.g. <c>POST channels/{channel_id}/messages</c>.</summary>
    public string Route { get; }

    private static string Describe(HttpStatusCode status, int? code, string? message, string route)
    {
        var text = $"Discord {route} failed with {(int)status} {status}";
        if (message is not null)
        {
            text += $": {message}";
        }

        return code is null ? text : $"{text} (code {code})";
    }
}
