using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BriefingBot.Adapters;
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
    /// <summary>Discord's JSON error code for a second initial response to one interaction.</summary>
    private const int InteractionAlreadyAcknowledged = 40060;

    private readonly HttpClient _http;
    private readonly DiscordClientOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly RestRateLimiter _rateLimiter;
    private readonly GlobalRateLimiter _globalLimiter;

    // Interaction routes are outside the bot's 50/s, but a global 429 on one still holds back the others.
    private readonly GlobalRateLimiter _tokenlessLimiter;
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
        _tokenlessLimiter = new GlobalRateLimiter(int.MaxValue, _timeProvider);
        _baseUrl = _options.ApiBaseUrl.TrimEnd('/') + "/";
    }

    public DiscordRestClient(IHttpClientFactory httpClientFactory, IOptions<DiscordClientOptions> options, ILogger<DiscordRestClient>? logger = null, TimeProvider? timeProvider = null)
        : this((httpClientFactory ?? throw new ArgumentNullException(nameof(httpClientFactory))).CreateClient(nameof(DiscordRestClient)), options, logger, timeProvider)
    {
    }

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync<GatewayBotInfo>(RestRoute.GatewayBot(), null, null, cancellationToken);

    public Task<User> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        SendAsync<User>(RestRoute.CurrentUser(), null, null, cancellationToken);

    /// <summary>The application id needed for command registration and interaction webhooks.</summary>
    public Task<Application> GetCurrentApplicationAsync(CancellationToken cancellationToken = default) =>
        SendAsync<Application>(RestRoute.CurrentApplication(), null, null, cancellationToken);

    /// <summary>
    /// Posts a message. It carries a nonce Discord enforces (<c>enforce_nonce</c>), so a retry after a server error
    /// that hid a success returns the message already created instead of posting it twice.
    /// </summary>
    public Task<Message> CreateMessageAsync(string channelId, MessageCreate message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var once = message with { Nonce = message.Nonce ?? MessageNonce.New(), EnforceNonce = true };
        return SendAsync<Message>(RestRoute.CreateMessage(channelId), once, deadline: null, cancellationToken);
    }

    /// <summary>Get Channel (<c>GET /channels/{channel.id}</c>): a thread comes with its <c>parent_id</c> and <c>thread_metadata</c>.</summary>
    public Task<Channel> GetChannelAsync(string channelId, CancellationToken cancellationToken = default) =>
        SendAsync<Channel>(RestRoute.GetChannel(channelId), null, null, cancellationToken);

    /// <summary>
    /// Trigger Typing Indicator (<c>POST /channels/{channel.id}/typing</c>): members see "typing…" for about 10 seconds or
    /// until the bot's next message there. Discord asks bots to use it only for replies that take a few seconds.
    /// </summary>
    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement?>(RestRoute.TriggerTyping(channelId), null, null, cancellationToken);

    /// <summary>Edits one of the bot's messages (Edit Message): its content, embeds and buttons become those given.</summary>
    public Task<Message> EditMessageAsync(string channelId, string messageId, MessageEdit message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendAsync<Message>(RestRoute.EditMessage(channelId, messageId), message, deadline: null, cancellationToken);
    }

    /// <summary>Deletes one of the bot's messages (Delete Message; no permission needed for its own).</summary>
    public Task DeleteMessageAsync(string channelId, string messageId, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement?>(RestRoute.DeleteMessage(channelId, messageId), null, null, cancellationToken);

    public Task<Channel> CreateDmChannelAsync(string recipientUserId, CancellationToken cancellationToken = default) =>
        SendAsync<Channel>(RestRoute.CreateDm(), new { RecipientId = recipientUserId }, null, cancellationToken);

    /// <summary>
    /// Whether a user is a member of a guild (Get Guild Member, <c>GET /guilds/{guild.id}/members/{user.id}</c>): true on
    /// 200, false on 404 (Unknown Member, or a guild the bot is not in). Other failures throw.
    /// </summary>
    public async Task<bool> IsGuildMemberAsync(string guildId, string userId, CancellationToken cancellationToken = default)
    {
        try
        {
            var member = await SendAsync<JsonElement?>(RestRoute.GuildMember(guildId, userId), null, null, cancellationToken).ConfigureAwait(false);
            return member is { ValueKind: JsonValueKind.Object };
        }
        catch (DiscordRestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(string applicationId, IEnumerable<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(RestRoute.GlobalCommands(applicationId), commands.ToList(), null, cancellationToken);

    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(string applicationId, string guildId, IEnumerable<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync<IReadOnlyList<ApplicationCommand>>(RestRoute.GuildCommands(applicationId, guildId), commands.ToList(), null, cancellationToken);

    /// <summary>Must be called within 3 s of receiving the interaction; defer (type 5/6) when the answer takes longer.</summary>
    public Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default) =>
        SendAsync<JsonElement?>(RestRoute.InteractionCallback(interactionId, interactionToken), response, null, cancellationToken);

    /// <summary>
    /// Responds to <paramref name="interaction"/>. A 429 or 5xx is retried only while the retry can still reach Discord
    /// within the 3 s it allows from <see cref="Interaction.ReceivedAt"/>; otherwise the response is dropped, logged as such.
    /// </summary>
    public Task CreateInteractionResponseAsync(Interaction interaction, InteractionResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendAsync<JsonElement?>(RestRoute.InteractionCallback(interaction.Id, interaction.Token), response, Deadline(interaction, Interaction.ResponseWindow), cancellationToken);
    }

    /// <summary>Edits the initial response, typically to fill in a deferred one. Only content, embeds, components and allowed_mentions apply.</summary>
    public Task<Message> EditOriginalInteractionResponseAsync(string applicationId, string interactionToken, MessageCreate message, CancellationToken cancellationToken = default) =>
        SendAsync<Message>(RestRoute.EditOriginalResponse(applicationId, interactionToken), message, null, cancellationToken);

    /// <inheritdoc cref="EditOriginalInteractionResponseAsync(string, string, MessageCreate, CancellationToken)"/>
    /// <remarks>Retries stop where the interaction token's 15 minutes end.</remarks>
    public Task<Message> EditOriginalInteractionResponseAsync(Interaction interaction, MessageCreate message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendAsync<Message>(RestRoute.EditOriginalResponse(interaction.ApplicationId, interaction.Token), message, Deadline(interaction, Interaction.TokenLifetime), cancellationToken);
    }

    public Task<Message> CreateFollowupMessageAsync(string applicationId, string interactionToken, MessageCreate message, CancellationToken cancellationToken = default) =>
        SendAsync<Message>(RestRoute.CreateFollowup(applicationId, interactionToken), message, null, cancellationToken);

    /// <inheritdoc cref="CreateFollowupMessageAsync(string, string, MessageCreate, CancellationToken)"/>
    /// <remarks>Retries stop where the interaction token's 15 minutes end.</remarks>
    public Task<Message> CreateFollowupMessageAsync(Interaction interaction, MessageCreate message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendAsync<Message>(RestRoute.CreateFollowup(interaction.ApplicationId, interaction.Token), message, Deadline(interaction, Interaction.TokenLifetime), cancellationToken);
    }

    private static DateTimeOffset? Deadline(Interaction interaction, TimeSpan lifetime) =>
        interaction.ReceivedAt == default ? null : interaction.ReceivedAt + lifetime;

    /// <param name="deadline">When the request stops being useful (an interaction token's limit): no retry is scheduled past it.</param>
    private async Task<T> SendAsync<T>(RestRoute route, object? body, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        var globalLimiter = route.UsesBotToken ? _globalLimiter : _tokenlessLimiter;
        RateLimitBucket? bucket = await AcquireBucketAsync(route, cancellationToken).ConfigureAwait(false);
        try
        {
            var serverErrors = 0;
            var rateLimits = 0;
            while (true)
            {
                var bucketWait = bucket.DelayBeforeSend(_timeProvider.GetUtcNow());
                var wait = Max(bucketWait, globalLimiter.BlockedFor());
                if (wait > TimeSpan.Zero)
                {
                    if (!RetryFits(deadline, wait))
                    {
                        RestLog.DroppedPastDeadline(_logger, route.RouteKey, "a rate limit in force", (long)wait.TotalMilliseconds, MillisecondsLeft(deadline));
                        throw new DiscordRestException(HttpStatusCode.TooManyRequests, null, "Rate limited past the interaction token's time limit", route.RouteKey);
                    }

                    if (bucketWait > TimeSpan.Zero)
                    {
                        RestLog.WaitingForBucket(_logger, route.RouteKey, (long)bucketWait.TotalMilliseconds);
                        await Task.Delay(bucketWait, _timeProvider, cancellationToken).ConfigureAwait(false);
                    }
                }

                await globalLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);

                using var request = CreateRequest(route, body);
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                var resolved = _rateLimiter.Update(route, bucket, response.Headers);

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var limit = await ReadRateLimitAsync(response, cancellationToken).ConfigureAwait(false);

                    // Every 429 holds back its bucket for retry_after, whatever its scope: the request that met it waits
                    // too, also on the interaction routes the bot-wide limiter does not cover.
                    var now = _timeProvider.GetUtcNow();
                    bucket.BlockFor(limit.RetryAfter, now);
                    resolved.BlockFor(limit.RetryAfter, now);
                    if (limit.Global)
                    {
                        globalLimiter.BlockFor(limit.RetryAfter);
                    }

                    if (++rateLimits > _options.RestMaxRateLimitRetries)
                    {
                        throw new DiscordRestException(response.StatusCode, limit.Code, limit.Message, route.RouteKey);
                    }

                    if (!RetryFits(deadline, limit.RetryAfter))
                    {
                        RestLog.DroppedPastDeadline(_logger, route.RouteKey, $"a 429 (scope {limit.Scope})", (long)limit.RetryAfter.TotalMilliseconds, MillisecondsLeft(deadline));
                        throw new DiscordRestException(response.StatusCode, limit.Code, limit.Message, route.RouteKey);
                    }

                    RestLog.RateLimited(_logger, route.RouteKey, limit.Scope, limit.Global, (long)limit.RetryAfter.TotalMilliseconds);
                    if (!ReferenceEquals(_rateLimiter.GetBucket(route), bucket))
                    {
                        // The route now maps to another bucket object (a shared hash): retry in that bucket's queue.
                        var moved = bucket;
                        bucket = null;
                        moved.Gate.Release();
                        bucket = await AcquireBucketAsync(route, cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                if ((int)response.StatusCode >= 500 && serverErrors < _options.RestMaxRetries)
                {
                    serverErrors++;
                    var delay = new BackoffPolicy(_options.RestRetryBaseDelay, TimeSpan.MaxValue).Delay(serverErrors - 1);
                    if (!RetryFits(deadline, delay))
                    {
                        RestLog.DroppedPastDeadline(_logger, route.RouteKey, $"a {(int)response.StatusCode} server error", (long)delay.TotalMilliseconds, MillisecondsLeft(deadline));
                        throw new DiscordRestException(response.StatusCode, null, null, route.RouteKey);
                    }

                    RestLog.RetryingServerError(_logger, route.RouteKey, (int)response.StatusCode, serverErrors, (long)delay.TotalMilliseconds);
                    await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
                    if (!ReferenceEquals(_rateLimiter.GetBucket(route), bucket))
                    {
                        // The route now maps to another bucket object (a shared hash): retry in that bucket's queue.
                        var moved = bucket;
                        bucket = null;
                        moved.Gate.Release();
                        bucket = await AcquireBucketAsync(route, cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    if (serverErrors > 0 && route.IsInteractionCallback && await IsAlreadyAcknowledgedAsync(response, cancellationToken).ConfigureAwait(false))
                    {
                        // The server error hid a success: the interaction has its response, which is all we wanted.
                        RestLog.FoundAcknowledged(_logger, route.RouteKey);
                        return default!;
                    }

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
            bucket?.Gate.Release();
        }
    }

    /// <summary>
    /// Waits for the gate of the bucket the route maps to. A route's bucket can change while a request queues (its
    /// hash was learned and it is shared with another route): then the request moves to the queue of the real bucket,
    /// so one Discord bucket never has two requests in flight.
    /// </summary>
    private async Task<RateLimitBucket> AcquireBucketAsync(RestRoute route, CancellationToken cancellationToken)
    {
        while (true)
        {
            var bucket = _rateLimiter.GetBucket(route);
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (ReferenceEquals(_rateLimiter.GetBucket(route), bucket))
            {
                return bucket;
            }

            bucket.Gate.Release();
        }
    }

    private bool RetryFits(DateTimeOffset? deadline, TimeSpan wait) =>
        deadline is not { } end || _timeProvider.GetUtcNow() + wait < end;

    private long MillisecondsLeft(DateTimeOffset? deadline) =>
        deadline is { } end ? Math.Max(0, (long)(end - _timeProvider.GetUtcNow()).TotalMilliseconds) : -1;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static async Task<bool> IsAlreadyAcknowledgedAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        response.StatusCode == HttpStatusCode.BadRequest
        && (await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false))?.Code == InteractionAlreadyAcknowledged;

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
        var message = error?.Message is { } text ? new SecretRedactor([_options.Token]).Redact(text) : null;
        RestLog.RequestRejected(_logger, route.RouteKey, (int)response.StatusCode, error?.Code, message);
        return new DiscordRestException(response.StatusCode, error?.Code, message, route.RouteKey);
    }

    private static async Task<RateLimitInfo> ReadRateLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        // X-RateLimit-Scope: user (this bot's limit), global (this bot's global limit) or shared (the resource's).
        var scope = RestRateLimiter.ReadString(response.Headers, "X-RateLimit-Scope") ?? "unknown";
        var global = error?.Global == true
            || string.Equals(RestRateLimiter.ReadString(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(scope, "global", StringComparison.OrdinalIgnoreCase);
        var retryAfter = error?.RetryAfter is { } seconds and >= 0
            ? TimeSpan.FromSeconds(seconds)
            : RestRateLimiter.ReadSeconds(response.Headers, "Retry-After")
              ?? RestRateLimiter.ReadSeconds(response.Headers, "X-RateLimit-Reset-After")
              ?? TimeSpan.FromSeconds(1);
        return new RateLimitInfo(retryAfter, scope, global, error?.Code, error?.Message);
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

    private sealed record RateLimitInfo(TimeSpan RetryAfter, string Scope, bool Global, int? Code, string? Message);

    private sealed record DiscordErrorBody(int? Code, string? Message, double? RetryAfter, bool? Global);
}
