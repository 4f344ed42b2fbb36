namespace BriefingBot.Core.Operations;

/// <summary>
/// Counts a platform's API responses with an error status (and 429s among them) as they come off the wire,
/// whatever the client library does with them afterwards. Plain HTTP: it knows no platform's format.
/// </summary>
public sealed class ApiResponseCounter(BotMetrics metrics, string platform) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode >= 400)
        {
            metrics.ApiError(platform, (int)response.StatusCode);
        }

        return response;
    }
}
