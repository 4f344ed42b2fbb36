using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// Discord on loopback: REST under <c>/api/v10</c> and the gateway at <c>/gateway</c> (and
/// <c>/resume-gateway</c>, advertised as resume_gateway_url). Every REST request and every gateway
/// payload is recorded; responses and gateway events are scripted by the test.
/// </summary>
public sealed class FakeDiscordServer : LoopbackServer
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeRestResponse>> _scripted = new();
    private readonly ConcurrentDictionary<string, FakeRouteLimit> _limits = new();
    private readonly ConcurrentQueue<(RecordedRequest Request, int Status)> _answers = new();
    private readonly List<FakeChannelMessage> _messages = [];
    private readonly ConcurrentDictionary<string, byte> _acknowledgedInteractions = new();
    private readonly ConcurrentDictionary<string, FakeDiscordChannel> _channels = new();
    private readonly Channel<FakeGatewayConnection> _connections = System.Threading.Channels.Channel.CreateUnbounded<FakeGatewayConnection>();
    private int _connectionCount;

    public string ApiBaseUrl => new Uri(BaseUri, "api/v10").ToString();

    public string GatewayUrl => $"ws://{BaseUri.Authority}/gateway";

    public string ResumeGatewayUrl => $"ws://{BaseUri.Authority}/resume-gateway";

    /// <summary>HELLO is sent automatically on connect with this interval.</summary>
    public int HelloIntervalMs { get; set; } = 45_000;

    /// <summary>Messages the server sends are split into frames of this size when set.</summary>
    public int? FragmentSize { get; set; }

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>How many requests the server refused with a 429, scripted or from an emulated limit.</summary>
    public int RateLimitedCount => _answers.Count(a => a.Status == 429);

    /// <summary>The status each answered request got, in answering order.</summary>
    public IReadOnlyList<(RecordedRequest Request, int Status)> Answers => [.. _answers];

    /// <summary>Messages Create Message really created (a request answered with an error may still have created one).</summary>
    public IReadOnlyList<FakeChannelMessage> CreatedMessages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>
    /// Echo mode: Create Message answers 200 with a body that is not the message but echoes the request's
    /// <c>Authorization</c> header (as a misbehaving proxy might), so whatever fails to parse it quotes the token.
    /// </summary>
    public bool EchoAuthorization { get; set; }

    /// <summary>How long Discord remembers a nonce sent with <c>enforce_nonce</c> ("the past few minutes").</summary>
    public TimeSpan NonceMemory { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Raised on the request's thread as soon as a REST request is recorded, before it is answered: lets a caller
    /// (the end-to-end benchmark) await one request without scanning <see cref="Requests"/> in a loop.
    /// </summary>
    public event Action<RecordedRequest>? RequestRecorded;

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var server = new FakeDiscordServer();
        await server.ListenAsync(app =>
        {
            app.UseWebSockets();
            app.Map("/gateway", server.AcceptGatewayAsync);
            app.Map("/resume-gateway", server.AcceptGatewayAsync);
            app.Map("/api/v10/{**route}", server.HandleRestAsync);
        });
        return server;
    }

    /// <summary>Queues responses for <c>METHOD /path</c> (path below /api/v10); the defaults apply once they run out.</summary>
    public void Enqueue(string method, string path, params FakeRestResponse[] responses)
    {
        var queue = _scripted.GetOrAdd($"{method} {path}", _ => new ConcurrentQueue<FakeRestResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    /// <summary>Emulates a Discord bucket on one route: <paramref name="limit"/> requests per window, then 429s (scope user).</summary>
    public void LimitRoute(string method, string path, int limit, TimeSpan window, string bucket = "bucket-1") =>
        _limits[$"{method} {path}"] = FakeRouteLimit.Bucket(limit, window, bucket);

    /// <summary>Refuses every request to one route with a 429 of the given scope (global, user, shared) for a while from the first one.</summary>
    public void BlockRoute(string method, string path, TimeSpan duration, string scope, string bucket = "bucket-1") =>
        _limits[$"{method} {path}"] = FakeRouteLimit.Blocked(duration, scope, bucket);

    /// <summary>
    /// Makes a channel or thread known: Get Channel returns it, and Create Message in it follows Discord's rules (nothing
    /// in a forum or media channel itself; an archived thread is unarchived by a message unless it is locked).
    /// </summary>
    public void AddChannel(FakeDiscordChannel channel) => _channels[channel.Id] = channel;

    public IReadOnlyList<FakeDiscordChannel> Channels => [.. _channels.Values];

    public FakeDiscordChannel? FindChannel(string id) => _channels.TryGetValue(id, out var channel) ? channel : null;

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string path) =>
        [.. _requests.Where(r => r.Method == method && r.Path == path)];

    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TestTimeouts.Default);
        try
        {
            return await _connections.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No gateway connection arrived (connections so far: {ConnectionCount}).");
        }
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(this, context, socket);
        Interlocked.Increment(ref _connectionCount);
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = HelloIntervalMs } });
        _connections.Writer.TryWrite(connection);
        await connection.ReadLoopAsync();
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value!["/api/v10".Length..];
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(request.Method, path, headers, body, DateTimeOffset.UtcNow);
        _requests.Enqueue(recorded);
        RequestRecorded?.Invoke(recorded);

        var key = $"{request.Method} {path}";
        var (refusal, limitHeaders) = _limits.TryGetValue(key, out var limit) ? limit.Admit(DateTimeOffset.UtcNow) : (null, []);
        FakeRestResponse response;
        if (refusal is not null)
        {
            response = refusal;
        }
        else if (EchoAuthorization && request.Method == "POST" && path.EndsWith("/messages", StringComparison.Ordinal))
        {
            response = FakeRestResponse.Json(200, "{\"id\":\"900\",\"" + recorded.Header("Authorization") + "\": echo}");
        }
        else if (_scripted.TryGetValue(key, out var queue) && queue.TryDequeue(out var scripted))
        {
            if (scripted.Commit)
            {
                // The request took effect, but its answer is an error (a proxy's 502 on the way back, say).
                DefaultResponse(request.Method, path, body, recorded);
            }

            response = scripted;
        }
        else
        {
            response = DefaultResponse(request.Method, path, body, recorded);
        }

        _answers.Enqueue((recorded, response.Status));
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in limitHeaders.Concat(response.Headers ?? new Dictionary<string, string>()))
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = response.Body.StartsWith('<') ? "text/html" : "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private FakeRestResponse DefaultResponse(string method, string path, string body, RecordedRequest request)
    {
        const string message = """{"id":"900","channel_id":"100","content":"ok","author":{"id":"42","username":"briefing-bot","bot":true}}""";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (method, path) switch
        {
            ("GET", "/gateway/bot") => FakeRestResponse.Json(200, JsonSerializer.Serialize(new
            {
                url = GatewayUrl,
                shards = 1,
                session_start_limit = new { total = 1000, remaining = 999, reset_after = 0, max_concurrency = 1 },
            })),
            ("GET", "/users/@me") => FakeRestResponse.Json(200, """{"id":"42","username":"briefing-bot","bot":true}"""),
            ("GET", "/applications/@me") => FakeRestResponse.Json(200, """{"id":"4242","name":"BriefingBot"}"""),
            ("PUT", _) => FakeRestResponse.Json(200, body),
            ("POST", _) when segments is ["interactions", var interactionId, _, "callback"] => Acknowledge(interactionId),
            ("POST", "/users/@me/channels") => FakeRestResponse.Json(200, """{"id":"555","type":1}"""),
            ("GET", _) when segments is ["channels", var channelId] => GetChannel(channelId),
            ("POST", _) when segments is ["channels", _, "typing"] => new FakeRestResponse(204),
            ("POST", _) when segments is ["channels", var channelId, "messages"] => CreateMessage(channelId, body, request),
            ("PATCH", _) when segments is ["channels", var channelId, "messages", var messageId] => EditMessage(channelId, messageId, body, request),
            ("DELETE", _) when segments is ["channels", var channelId, "messages", var messageId] => DeleteMessage(channelId, messageId, request),
            ("POST" or "PATCH", _) => FakeRestResponse.Json(200, message),
            _ => FakeRestResponse.Json(404, """{"message":"404: Not Found","code":0}"""),
        };
    }

    /// <summary>An interaction takes one initial response; Discord refuses a second with 40060.</summary>
    private FakeRestResponse Acknowledge(string interactionId) =>
        _acknowledgedInteractions.TryAdd(interactionId, 0)
            ? new FakeRestResponse(204)
            : FakeRestResponse.Json(400, """{"message":"Interaction has already been acknowledged.","code":40060}""");

    private FakeRestResponse GetChannel(string channelId) =>
        _channels.TryGetValue(channelId, out var channel)
            ? FakeRestResponse.Json(200, JsonSerializer.Serialize(channel.ToJson()))
            : FakeRestResponse.Json(404, """{"message":"Unknown Channel","code":10003}""");

    /// <summary>
    /// Discord's refusals for a message in a channel it knows: a forum or media channel takes none (50008); a locked
    /// thread takes none from a bot without Manage Threads (archived: 50083, active: 160005); an archived thread that is
    /// not locked is unarchived by the message.
    /// </summary>
    private FakeRestResponse? RefuseMessageIn(string channelId)
    {
        if (!_channels.TryGetValue(channelId, out var channel))
        {
            return null;
        }

        if (channel.IsThreadOnly)
        {
            return FakeRestResponse.Json(400, """{"message":"Cannot send messages in a non-text channel","code":50008}""");
        }

        if (channel.IsThread && channel.Locked)
        {
            return channel.Archived
                ? FakeRestResponse.Json(400, """{"message":"Thread is archived","code":50083}""")
                : FakeRestResponse.Json(400, """{"message":"Thread is locked","code":160005}""");
        }

        channel.Archived = false;
        return null;
    }

    /// <summary>
    /// Create Message as Discord does it: with <c>enforce_nonce</c>, a nonce the same author used in the past few
    /// minutes returns the message created then instead of creating another.
    /// </summary>
    private FakeRestResponse CreateMessage(string channelId, string body, RecordedRequest request)
    {
        if (RefuseMessageIn(channelId) is { } refusal)
        {
            return refusal;
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        var nonce = root.TryGetProperty("nonce", out var n) ? (n.ValueKind == JsonValueKind.String ? n.GetString() : n.GetRawText()) : null;
        var enforce = root.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        var author = request.Header("Authorization") ?? "";
        var now = DateTimeOffset.UtcNow;
        lock (_messages)
        {
            var existing = enforce && nonce is not null
                ? _messages.FirstOrDefault(m => m.Nonce == nonce && m.Author == author && now - m.CreatedAt <= NonceMemory)
                : null;
            var created = existing ?? new FakeChannelMessage(
                (900 + _messages.Count).ToString(System.Globalization.CultureInfo.InvariantCulture),
                channelId,
                author,
                nonce,
                body,
                now);
            if (existing is null)
            {
                _messages.Add(created);
            }

            return FakeRestResponse.Json(200, JsonSerializer.Serialize(new
            {
                id = created.Id,
                channel_id = channelId,
                content = root.TryGetProperty("content", out var c) ? c.GetString() : "",
                nonce = created.Nonce,
                author = new { id = "42", username = "briefing-bot", bot = true },
            }));
        }
    }
    /// <summary>
    /// Edit Message as Discord does it: only the bot's own messages (50005 otherwise), 404 Unknown Message (10008) for one
    /// that does not exist or was deleted; the fields sent replace the message's, the ones left out stay.
    /// </summary>
    private FakeRestResponse EditMessage(string channelId, string messageId, string body, RecordedRequest request)
    {
        lock (_messages)
        {
            var index = _messages.FindIndex(m => m.Id == messageId && m.ChannelId == channelId && !m.Deleted);
            if (index < 0)
            {
                return FakeRestResponse.Json(404, """{"message":"Unknown Message","code":10008}""");
            }

            var existing = _messages[index];
            if (existing.Author != (request.Header("Authorization") ?? ""))
            {
                return FakeRestResponse.Json(403, """{"message":"Cannot edit a message authored by another user","code":50005}""");
            }

            var merged = System.Text.Json.Nodes.JsonNode.Parse(existing.Body)!.AsObject();
            foreach (var (name, value) in System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject())
            {
                merged[name] = value?.DeepClone();
            }

            var now = DateTimeOffset.UtcNow;
            _messages[index] = existing with { Body = merged.ToJsonString(), EditedAt = now };
            return FakeRestResponse.Json(200, JsonSerializer.Serialize(new
            {
                id = messageId,
                channel_id = channelId,
                content = merged["content"]?.GetValue<string>() ?? "",
                edited_timestamp = now,
                author = new { id = "42", username = "briefing-bot", bot = true },
            }));
        }
    }

    /// <summary>Delete Message: 204, or 404 Unknown Message for one that does not exist (any more).</summary>
    private FakeRestResponse DeleteMessage(string channelId, string messageId, RecordedRequest request)
    {
        lock (_messages)
        {
            var index = _messages.FindIndex(m => m.Id == messageId && m.ChannelId == channelId && !m.Deleted);
            if (index < 0)
            {
                return FakeRestResponse.Json(404, """{"message":"Unknown Message","code":10008}""");
            }

            if (_messages[index].Author != (request.Header("Authorization") ?? ""))
            {
                return FakeRestResponse.Json(403, """{"message":"Missing Permissions","code":50013}""");
            }

            _messages[index] = _messages[index] with { Deleted = true };
            return new FakeRestResponse(204);
        }
    }
}

/// <summary>
/// A message the fake created in a channel; <see cref="Author"/> is the authorization that sent it, <see cref="Body"/> what it
/// holds now (Create Message's body, with every Edit Message's fields laid over it).
/// </summary>
public sealed record FakeChannelMessage(string Id, string ChannelId, string Author, string? Nonce, string Body, DateTimeOffset CreatedAt)
{
    /// <summary>When Edit Message last changed it; null if never edited.</summary>
    public DateTimeOffset? EditedAt { get; init; }

    /// <summary>Delete Message removed it.</summary>
    public bool Deleted { get; init; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
