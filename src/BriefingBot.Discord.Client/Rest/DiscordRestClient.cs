using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Client.Rest;

/// <summary>
/// The Discord REST endpoints we use, with per-route and global rate limiting, 429 handling
/// and bounded 5xx retries. Thread-safe; share one instance.
/// </summary>
public sealed class DiscordRestClient
{
    private readonly HttpClient _http;
    private readonly DiscordClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly RestRateLimiter _rateLimiter;
    private readonly GlobalRateLimiter _globalLimiter;
    private readonly string _baseUrl;

    public DiscordRestClient(HttpClient httpClient, IOptions<DiscordClientOptions> options, ILogger<DiscordRestClient>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        _options = options.Value;
        _logger = logger ?? NullLogger<DiscordRestClient>.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _rateLimiter = new RestRateLimiter(_timeProvider);
        _globalLimiter = new GlobalRateLimiter(_options.GlobalRequestsPerSecond, _timeProvider);
        _baseUrl = _options.ApiBaseUrl.TrimEnd('/') + "/";
    }

    public DiscordRestClient(IHttpClientFactory httpClientFactory, IOptions<DiscordClientOptions> options, ILogger<DiscordRestClient>? logger = null, TimeProvider? timeProvider = null)
        : this((httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory))).CreateClient(nameof(DiscordRestClient)), options, logger, timeProvider)
    {
    }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync<GatewayBotInfo>(RestRoute.GatewayBot(), null, cancellationToken);

    public Task<User> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        SendAsync<User>(RestRoute.CurrentUser(), null, cancellationToken);

    /// <summary>The application id needed for command registration and interaction webhooks.</summary>
    public Task<Application> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        SendAsync<Application>(RestRoute.CurrentApplication(), null, cancellationToken);

    public Task<Message> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default) =>
        SendAsync<Message>(RestRoute.CreateMessage(channelId), message, cancellationToken);

    public Task<Channel> CreateDmChannelAsync(string recipientUserId, CancellationToken cancellationToken = default) =>
        SendAsync<Channel>(RestRoute.CreateDm(), new { RecipientId = recipientUserId }, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(string applicationId, IEnumerable<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(RestRoute.GlobalCommands(applicationId), commands.ToList(), cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IEnumerable<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(RestRoute.GuildCommands(applicationId, guildId), commands.ToList(), cancellationToken);

    /// <summary>Must be called within 3 s of receiving the interaction; defer (type 5/6) when the answer takes longer.</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement?>(RestRoute.InteractionCallback(interactionId, interactionToken), response, cancellationToken);

    /// <summary>Edits the initial response, typically to fill in a deferred one. Only content, embeds, components and allowed_mentions apply.</summary>
    public Task<Message> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, MessageCreate message, CancellationToken cancellationToken = default) =>
        SendAsync<Message>(RestRoute.EditOriginalResponse(applicationId, interactionToken), message, cancellationToken);

    public Task<Message> CreateFollowupMessageAsync(string applicationId, string interactionToken, MessageCreate message, CancellationToken cancellationToken = default) =>
        SendAsync<Message>(RestRoute.CreateFollowup(applicationId, interactionToken), message, cancellationToken);

    private async Task<T> SendAsync<T>(RestRoute route, object? body, CancellationToken cancellationToken)
    {
        var bucket = _rateLimiter.GetBucket(route);
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var serverErrors = 0;
            var rateLimits = 0;
            while (true)
            {
                var wait = bucket.DelayBeforeSend(_timeProvider.GetUtcNow());
                if (wait > TimeSpan.Zero)
                {
                    RestLog.WaitingForBucket(_logger, route.RouteKey, (long)wait.TotalMilliseconds);
                    await Task.Delay(wait, _timeProvider, cancellationToken).ConfigureAwait(false);
                }

                // Interaction endpoints are exempt from the global limit per Discord's docs.
                if (route.UsesBotToken)
                {
                    await _globalLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
                }

                using var request = CreateRequest(route, body);
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                _rateLimiter.Update(route, bucket, response.Headers);

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var limit = await ReadRateLimitAsync(response, cancellationToken).ConfigureAwait(false);
                    if (++rateLimits > _options.RestMaxRateLimitRetries)
                    {
                        throw new DiscordRestException(response.StatusCode, limit.Code, limit.Message, route.RouteKey);
                    }

                    // Block first so concurrent requests observe the limit before anything else happens.
                    if (limit.Global)
                    {
                        _globalLimiter.BlockFor(limit.RetryAfter);
                    }
                    else
                    {
                        bucket.BlockFor(limit.RetryAfter, _timeProvider.GetUtcNow());
                    }

                    RestLog.RateLimited(_logger, route.RouteKey, limit.Global, (long)limit.RetryAfter.TotalMilliseconds);
                    continue;
                }

                if ((int)response.StatusCode >= 500 && serverErrors < _options.RestMaxRetries)
                {
                    serverErrors++;
                    var delay = _options.RestRetryBaseDelay * Math.Pow(2, serverErrors - 1);
                    RestLog.RetryingServerError(_logger, route.RouteKey, (int)response.StatusCode, serverErrors, (long)delay.TotalMilliseconds);
                    await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw await CreateExceptionAsync(route, response, cancellationToken).ConfigureAwait(false);
                }

                if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
                {
                    return default!;
                }

                var result = await response.Content.ReadFromJsonAsync<T>(DiscordJson.Options, cancellationToken).ConfigureAwait(false);
                return result!;
            }
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private HttpRequestMessage CreateRequest(RestRoute route, object? body)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path));
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        if (route.UsesBotToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), new MediaTypeHeaderValue("application/json"), DiscordJson.Options);
        }

        return request;
    }

    private async Task<DiscordRestException> CreateExceptionAsync(RestRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var message = Secrets.Redact(error?.Message, _options.Token);
        RestLog.RequestRejected(_logger, route.RouteKey, (int)response.StatusCode, error?.Code, message);
        return new DiscordRestException(response.StatusCode, error?.Code, message, route.RouteKey);
    }

    private static async Task<RateLimitInfo> ReadRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var global = error?.Global == true
            || string.Equals(RestRateLimiter.ReadString(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase);
        var retryAfter = error?.RetryAfter is { } seconds and >= 0
            ? TimeSpan.FromSeconds(seconds)
            : RestRateLimiter.ReadSeconds(response.Headers, "Retry-After")
              ?? RestRateLimiter.ReadSeconds(response.Headers, "X-RateLimit-Reset-After")
              ?? TimeSpan.FromSeconds(1);
        return new RateLimitInfo(retryAfter, global, error?.Code, error?.Message);
    }

    private static async Task<DiscordErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<DiscordErrorBody>(DiscordJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Proxies in front of Discord (Cloudflare) can answer with HTML; the status code still tells the story.
            return null;
        }
    }

    private sealed record RateLimitInfo(TimeSpan RetryAfter, bool Global, int? Code, string? Message);

    private sealed record DiscordErrorBody(int? Code, string? Message, double? RetryAfter, bool? Global);
}
