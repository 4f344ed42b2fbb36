using System.Text.Json;

namespace BriefingBot.Testing.Discord;

public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

public sealed record FakeRestResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>The server does what the request asks before answering with this response (an error that hides a success).</summary>
    public bool Commit { get; init; }

    public static FakeRestResponse Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) => new(status, body, headers);

    public static FakeRestResponse RateLimited(double retryAfterSeconds, bool global, string bucket = "bucket-1")
    {
        var retry = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string> { ["Retry-After"] = ((int)Math.Ceiling(retryAfterSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
            headers["X-RateLimit-Scope"] = "global";
        }
        else
        {
            headers["X-RateLimit-Bucket"] = bucket;
            headers["X-RateLimit-Limit"] = "5";
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retry;
            headers["X-RateLimit-Scope"] = "user";
        }

        return new(429, $$"""{"message":"You are being rate limited.","retry_after":{{retry}},"global":{{(global ? "true" : "false")}}}""", headers);
    }

    public static FakeRestResponse ServerError(int status = 502) => new(status, "<html>bad gateway</html>");

    /// <summary>A 5xx after the request took effect: the message was created, the interaction acknowledged.</summary>
    public static FakeRestResponse ServerErrorAfterCommit(int status = 502) => ServerError(status) with { Commit = true };
}
