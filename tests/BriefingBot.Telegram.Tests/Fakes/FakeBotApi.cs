using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Telegram.Tests.Fakes;

/// <summary>
/// A Bot API server on loopback that behaves like Telegram for the methods the bot uses: the
/// <c>{ok,result}</c> and <c>{ok:false,error_code,description,parameters}</c> envelopes, getUpdates with
/// offsets (confirming earlier updates) and long-poll timeouts, sendMessage returning a full Message and
/// refusing bad HTML, long texts and oversized callback data. Tests inject updates, read what the bot sent
/// and force errors (429 with retry_after, 409, 5xx) through the hooks.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:fake-test-token";
    public const long BotId = 123456789;
    public const string BotUsername = "briefing_test_bot";
    public const int MaxMessageLength = 4096;

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _updates = [];
    private readonly List<JsonObject> _confirmed = [];
    private readonly Dictionary<long, JsonObject> _chats = [];
    private readonly Dictionary<(long Chat, int Id), JsonObject> _messages = [];
    private readonly Dictionary<long, int> _nextMessageId = [];
    private readonly Dictionary<long, FakeUser[]> _owners = [];
    private readonly Dictionary<long, HashSet<long>> _members = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<ApiCall> _calls = [];
    private readonly ConcurrentDictionary<string, (string Path, byte[] Content)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _downloads = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeApiException>> _faults = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1000;

    private FakeBotApi(WebApplication app) => _app = app;

    /// <summary>
    /// Put this in a string of an update and the JSON Telegram sends carries a lone surrogate (<c>"\ud800"</c>) there
    /// instead: text no JSON writer produces, but a server can send.
    /// </summary>
    public const string LoneSurrogate = "@@lone-surrogate@@";

    /// <summary>The JSON text of a value with every <see cref="LoneSurrogate"/> made a lone surrogate escape.</summary>
    public static string RawJson(JsonNode node) => node.ToJsonString().Replace($"\"{LoneSurrogate}\"", "\"\\ud800\"", StringComparison.Ordinal);

    public Uri BaseUrl { get; private set; } = null!;

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    /// <summary>
    /// Echo mode: sendMessage answers 200 with a body that is not a Message but echoes the request's path, token
    /// included (as a misbehaving proxy might), so whatever fails to parse it quotes the token.
    /// </summary>
    public bool EchoRequestPath { get; set; }

    /// <summary>The highest offset getUpdates was called with: updates below it are confirmed.</summary>
    public long ConfirmedOffset { get; private set; }

    public static JsonObject BotUser => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "Briefing Bot",
        ["username"] = BotUsername,
    };

    public static async Task<FakeBotApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var api = new FakeBotApi(app);
        app.Map("/bot{token}/{method}", api.HandleAsync);
        app.MapGet("/file/bot{token}/{**path}", api.DownloadAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.BaseUrl = new Uri(address);
        return api;
    }

    // ---- Hooks for tests -------------------------------------------------------------------------------

    public IReadOnlyList<SentMessage> Sent
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    public IReadOnlyList<ApiCall> CallsTo(string method) => Calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with this error.</summary>
    public void Fail(string method, int errorCode, string description, int? retryAfter = null, int times = 1)
    {
        var queue = _faults.GetOrAdd(method, _ => new ConcurrentQueue<FakeApiException>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(new FakeApiException(errorCode, description, retryAfter));
        }
    }

    /// <summary>Makes these users the owners (administrators) of a group.</summary>
    public void SetAdministrators(FakeChat chat, params FakeUser[] owners)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            _owners[chat.Id] = owners;
        }
    }

    /// <summary>Makes these users members of a group (getChatMember says "member"); anyone else has "left".</summary>
    public void SetMembers(FakeChat chat, params FakeUser[] members)
    {
        lock (_lock)
        {
            _members[chat.Id] = [.. members.Select(m => m.Id)];
        }
    }

    /// <summary>A user sends a text message; entities for a leading command and @mentions are set as Telegram sets them.</summary>
    public int SendText(FakeChat chat, FakeUser user, string text, int? replyToMessageId = null)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            var message = NewMessage(chat.Id, user.ToJson(), text, EntitiesOf(text), replyToMessageId is { } r ? _messages.GetValueOrDefault((chat.Id, r)) : null, null);
            AddUpdate(new JsonObject { ["message"] = message });
            return message["message_id"]!.GetValue<int>();
        }
    }

    /// <summary>
    /// A user sends a file (a document), with an optional caption whose leading /command gets its entity. The file
    /// is kept for getFile and the download route, as Telegram keeps it.
    /// </summary>
    public int SendDocument(FakeChat chat, FakeUser user, string fileName, byte[] content, string? caption = null, string mimeType = "text/markdown", int? replyToMessageId = null)
    {
        var fileId = "file-" + Guid.NewGuid().ToString("N");
        _files[fileId] = ("documents/" + fileId + Path.GetExtension(fileName), content);
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            var message = NewMessage(chat.Id, user.ToJson(), string.Empty, null, replyToMessageId is { } r ? _messages.GetValueOrDefault((chat.Id, r)) : null, null);
            message.Remove("text");
            message["document"] = new JsonObject
            {
                ["file_id"] = fileId,
                ["file_unique_id"] = "u" + fileId,
                ["file_name"] = fileName,
                ["mime_type"] = mimeType,
                ["file_size"] = content.Length,
            };
            if (caption is not null)
            {
                message["caption"] = caption;
                var entities = EntitiesOf(caption);
                if (entities.Count > 0)
                {
                    message["caption_entities"] = entities;
                }
            }

            _messages[(chat.Id, message["message_id"]!.GetValue<int>())] = (JsonObject)message.DeepClone();
            AddUpdate(new JsonObject { ["message"] = message });
            return message["message_id"]!.GetValue<int>();
        }
    }

    /// <summary>The file paths the bot downloaded, in order.</summary>
    public IReadOnlyList<string> Downloads => [.. _downloads];

    /// <summary>A text message as Telegram would post it to a webhook: stored (so replies can quote it) but not queued for getUpdates.</summary>
    public JsonObject CreateTextUpdate(FakeChat chat, FakeUser user, string text)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            var message = NewMessage(chat.Id, user.ToJson(), text, EntitiesOf(text), null, null);
            return new JsonObject { ["update_id"] = _nextUpdateId++, ["message"] = message };
        }
    }

    /// <summary>A user presses an inline button under one of the bot's messages.</summary>
    public int PressButton(FakeUser user, SentMessage message, string callbackData)
    {
        lock (_lock)
        {
            var stored = _messages[(message.ChatId, message.MessageId)];
            var query = new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString("N"),
                ["from"] = user.ToJson(),
                ["message"] = stored.DeepClone(),
                ["chat_instance"] = "42",
                ["data"] = callbackData,
            };
            return AddUpdate(new JsonObject { ["callback_query"] = query });
        }
    }

    /// <summary>An update Telegram would deliver, given as raw JSON (for updates the bot must survive).</summary>
    public int AddRawUpdate(JsonObject update)
    {
        lock (_lock)
        {
            return AddUpdate(update);
        }
    }

    /// <summary>
    /// Puts confirmed updates back in the queue, as if the bot had stopped between answering them and its next
    /// getUpdates (which is what confirms them to Telegram): only an offset the bot kept itself avoids answering twice.
    /// </summary>
    public void ForgetConfirmations()
    {
        lock (_lock)
        {
            _updates.InsertRange(0, _confirmed);
            _confirmed.Clear();
            ConfirmedOffset = 0;
            Signal();
        }
    }

    public async Task<SentMessage> WaitForMessageAsync(Func<SentMessage, bool> predicate, TimeSpan? timeout = null)
    {
        var messages = await WaitForMessagesAsync(predicate, 1, timeout);
        return messages[0];
    }

    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(Func<SentMessage, bool> predicate, int count, TimeSpan? timeout = null) =>
        WaitUntilAsync<IReadOnlyList<SentMessage>>(() => Sent.Where(predicate).ToList() is { } found && found.Count >= count ? found : null, timeout);

    public Task<IReadOnlyList<ApiCall>> WaitForCallsAsync(string method, int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => CallsTo(method) is { } found && found.Count >= count ? found : null, timeout);

    /// <summary>Waits (without polling in a loop of sleeps) until the condition holds, or fails after the timeout.</summary>
    public async Task<T> WaitUntilAsync<T>(Func<T?> condition, TimeSpan? timeout = null)
        where T : class
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                changed = _changed.Task;
            }

            if (condition() is { } result)
            {
                return result;
            }

            try
            {
                await changed.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException("The fake Bot API did not see the expected calls in time.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // ---- The Bot API ---------------------------------------------------------------------------------

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        JsonObject parameters;
        try
        {
            parameters = await ReadParametersAsync(context.Request);
        }
        catch (JsonException)
        {
            await WriteAsync(context, method, [], new FakeApiException(400, "Bad Request: invalid JSON"));
            return;
        }

        if (token != Token)
        {
            await WriteAsync(context, method, parameters, new FakeApiException(401, "Unauthorized"));
            return;
        }

        if (EchoRequestPath && method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase))
        {
            lock (_lock)
            {
                _calls.Add(new ApiCall(method, (JsonObject)parameters.DeepClone(), 200, DateTimeOffset.UtcNow));
                Signal();
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"ok\":true,\"result\":{\"message_id\":1,\"" + context.Request.Path + "\": echo}}");
            return;
        }

        if (_faults.TryGetValue(method, out var faults) && faults.TryDequeue(out var fault))
        {
            await WriteAsync(context, method, parameters, fault);
            return;
        }

        try
        {
            JsonNode? result = method.ToLowerInvariant() switch
            {
                "getme" => BotUser,
                "getupdates" => await GetUpdatesAsync(parameters, context.RequestAborted),
                "sendmessage" => SendMessage(parameters),
                "editmessagetext" => EditMessageText(parameters),
                "sendchataction" => Known(parameters),
                "answercallbackquery" => true,
                "getchatadministrators" => GetChatAdministrators(parameters),
                "getchatmember" => GetChatMember(parameters),
                "getfile" => GetFile(parameters),
                "setmycommands" => SetMyCommands(parameters),
                "setwebhook" => SetWebhook(parameters),
                "deletewebhook" => DeleteWebhook(),
                "getwebhookinfo" => new JsonObject { ["url"] = WebhookUrl ?? string.Empty, ["has_custom_certificate"] = false, ["pending_update_count"] = PendingCount() },
                _ => throw new FakeApiException(404, "Not Found"),
            };
            await WriteAsync(context, method, parameters, null, result);
        }
        catch (FakeApiException ex)
        {
            await WriteAsync(context, method, parameters, ex);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The bot hung up on a long poll (shutting down).
        }
    }

    private async Task<JsonNode> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        if (WebhookUrl is not null)
        {
            throw new FakeApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        var offset = Long(parameters, "offset");
        var limit = (int)(Long(parameters, "limit") ?? 100);
        var timeout = TimeSpan.FromSeconds(Long(parameters, "timeout") ?? 0);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            Task changed;
            lock (_lock)
            {
                if (offset is { } confirmed)
                {
                    _confirmed.AddRange(_updates.Where(u => u["update_id"]!.GetValue<int>() < confirmed));
                    _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < confirmed);
                    ConfirmedOffset = Math.Max(ConfirmedOffset, confirmed);
                }

                if (_updates.Count > 0)
                {
                    return new JsonArray([.. _updates.Take(limit).Select(u => u.DeepClone())]);
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                return new JsonArray();
            }

            await Task.WhenAny(changed, Task.Delay(remaining, aborted));
            aborted.ThrowIfCancellationRequested();
        }
    }

    private JsonObject SendMessage(JsonObject parameters)
    {
        var chatId = Long(parameters, "chat_id") ?? throw new FakeApiException(400, "Bad Request: chat_id is empty");
        var html = String(parameters, "text") ?? throw new FakeApiException(400, "Bad Request: message text is empty");
        var (text, entities) = Parse(html, String(parameters, "parse_mode"));
        var markup = parameters["reply_markup"] as JsonObject;
        CheckButtons(markup);
        lock (_lock)
        {
            if (!_chats.ContainsKey(chatId))
            {
                throw new FakeApiException(400, "Bad Request: chat not found");
            }

            var replyParameters = parameters["reply_parameters"] as JsonObject;
            var replyToId = replyParameters is not null ? Long(replyParameters, "message_id") : Long(parameters, "reply_to_message_id");
            JsonObject? replyTo = null;
            if (replyToId is { } rid && !_messages.TryGetValue((chatId, (int)rid), out replyTo)
                && replyParameters?["allow_sending_without_reply"]?.GetValue<bool>() != true)
            {
                throw new FakeApiException(400, "Bad Request: message to be replied not found");
            }

            var message = NewMessage(chatId, BotUser, text, ToJson(entities), replyTo, markup?.DeepClone());
            var id = message["message_id"]!.GetValue<int>();
            _sent.Add(new SentMessage(chatId, id, html, text, entities, replyTo?["message_id"]?.GetValue<int>(), CallbackData(markup), DateTimeOffset.UtcNow));
            return message;
        }
    }

    private JsonNode EditMessageText(JsonObject parameters)
    {
        var chatId = Long(parameters, "chat_id") ?? throw new FakeApiException(400, "Bad Request: chat_id is empty");
        var messageId = (int)(Long(parameters, "message_id") ?? throw new FakeApiException(400, "Bad Request: message identifier is not specified"));
        var (text, entities) = Parse(String(parameters, "text") ?? string.Empty, String(parameters, "parse_mode"));
        var markup = parameters["reply_markup"] as JsonObject;
        CheckButtons(markup);
        lock (_lock)
        {
            if (!_messages.TryGetValue((chatId, messageId), out var message))
            {
                throw new FakeApiException(400, "Bad Request: message to edit not found");
            }

            message["text"] = text;
            message["entities"] = ToJson(entities);
            message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            message["reply_markup"] = markup?.DeepClone();
            return message.DeepClone();
        }
    }

    private static JsonNode SetMyCommands(JsonObject parameters)
    {
        if (parameters["commands"] is not JsonArray commands || commands.Count == 0 || commands.Count > 100)
        {
            throw new FakeApiException(400, "Bad Request: commands must be non-empty");
        }

        foreach (var command in commands.OfType<JsonObject>())
        {
            var name = String(command, "command") ?? string.Empty;
            var description = String(command, "description") ?? string.Empty;
            if (name.Length is 0 or > 32 || !name.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') || description.Length is 0 or > 256)
            {
                throw new FakeApiException(400, "Bad Request: BOT_COMMAND_INVALID");
            }
        }

        return true;
    }

    private JsonNode GetFile(JsonObject parameters)
    {
        var fileId = String(parameters, "file_id") ?? throw new FakeApiException(400, "Bad Request: file_id is empty");
        if (!_files.TryGetValue(fileId, out var file))
        {
            throw new FakeApiException(400, "Bad Request: invalid file_id");
        }

        return new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = file.Content.Length, ["file_path"] = file.Path };
    }

    private async Task DownloadAsync(HttpContext context, string token, string path)
    {
        var file = _files.Values.FirstOrDefault(f => f.Path == path);
        if (token != Token || file.Content is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        _downloads.Enqueue(path);
        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(file.Content, context.RequestAborted);
    }

    private JsonNode GetChatAdministrators(JsonObject parameters)
    {
        Known(parameters);
        lock (_lock)
        {
            var owners = _owners.GetValueOrDefault(Long(parameters, "chat_id")!.Value, []);
            return new JsonArray([.. owners.Select(o => (JsonNode)new JsonObject { ["status"] = "creator", ["user"] = o.ToJson(), ["is_anonymous"] = false })]);
        }
    }

    private JsonNode GetChatMember(JsonObject parameters)
    {
        Known(parameters);
        lock (_lock)
        {
            var chat = Long(parameters, "chat_id")!.Value;
            var user = Long(parameters, "user_id")!.Value;
            var owner = _owners.GetValueOrDefault(chat, []).FirstOrDefault(o => o.Id == user);
            var status = owner is not null ? "creator" : _members.GetValueOrDefault(chat)?.Contains(user) == true ? "member" : "left";
            var json = (owner ?? new FakeUser(user, "user" + user)).ToJson();
            return new JsonObject { ["status"] = status, ["user"] = json, ["is_anonymous"] = false };
        }
    }

    private JsonNode SetWebhook(JsonObject parameters)
    {
        var url = String(parameters, "url") ?? string.Empty;
        lock (_lock)
        {
            WebhookUrl = url.Length == 0 ? null : url;
            WebhookSecret = String(parameters, "secret_token");
        }

        return true;
    }

    private JsonNode DeleteWebhook()
    {
        lock (_lock)
        {
            WebhookUrl = null;
            WebhookSecret = null;
        }

        return true;
    }

    private JsonNode Known(JsonObject parameters)
    {
        var chatId = Long(parameters, "chat_id");
        lock (_lock)
        {
            return chatId is { } id && _chats.ContainsKey(id) ? true : throw new FakeApiException(400, "Bad Request: chat not found");
        }
    }

    private static (string Text, IReadOnlyList<FakeEntity> Entities) Parse(string raw, string? parseMode)
    {
        var (text, entities) = string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? FakeTelegramHtml.Parse(raw) : (raw, []);
        if (text.Trim().Length == 0)
        {
            throw new FakeApiException(400, "Bad Request: message text is empty");
        }

        if (text.Length > MaxMessageLength)
        {
            throw new FakeApiException(400, "Bad Request: message is too long");
        }

        return (text, entities);
    }

    private static void CheckButtons(JsonObject? markup)
    {
        foreach (var data in CallbackData(markup))
        {
            if (Encoding.UTF8.GetByteCount(data) is 0 or > 64)
            {
                throw new FakeApiException(400, "Bad Request: BUTTON_DATA_INVALID");
            }
        }
    }

    private static IReadOnlyList<string> CallbackData(JsonObject? markup) =>
        markup?["inline_keyboard"] is JsonArray rows
            ? rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => String(b, "callback_data")).OfType<string>().ToList()
            : [];

    // ---- State ------------------------------------------------------------------------------------------

    private int AddUpdate(JsonObject update)
    {
        var id = _nextUpdateId++;
        update["update_id"] = id;
        _updates.Add(update);
        Signal();
        return id;
    }

    private JsonObject NewMessage(long chatId, JsonObject from, string text, JsonArray? entities, JsonObject? replyTo, JsonNode? markup)
    {
        var id = _nextMessageId[chatId] = _nextMessageId.GetValueOrDefault(chatId, 1) + 1;
        var message = new JsonObject
        {
            ["message_id"] = id,
            ["from"] = from.DeepClone(),
            ["chat"] = _chats[chatId].DeepClone(),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = text,
        };
        if (entities is { Count: > 0 })
        {
            message["entities"] = entities;
        }

        if (replyTo is not null)
        {
            var quoted = (JsonObject)replyTo.DeepClone();
            quoted.Remove("reply_to_message");
            message["reply_to_message"] = quoted;
        }

        if (markup is not null)
        {
            message["reply_markup"] = markup;
        }

        _messages[(chatId, id)] = message;
        return (JsonObject)message.DeepClone();
    }

    private int PendingCount()
    {
        lock (_lock)
        {
            return _updates.Count;
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }

    /// <summary>Entities Telegram attaches to a typed text: a leading /command and @mentions (UTF-16 offsets).</summary>
    private static JsonArray EntitiesOf(string text)
    {
        var entities = new JsonArray();
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            entities.Add(Entity("bot_command", 0, end < 0 ? text.Length : end));
        }

        for (var i = text.IndexOf('@', StringComparison.Ordinal); i >= 0; i = text.IndexOf('@', i + 1))
        {
            if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end - i > 1)
            {
                entities.Add(Entity("mention", i, end - i));
            }
        }

        return entities;
    }

    private static JsonObject Entity(string type, int offset, int length) => new() { ["type"] = type, ["offset"] = offset, ["length"] = length };

    private static JsonArray ToJson(IReadOnlyList<FakeEntity> entities) => [.. entities.Select(e => (JsonNode)Entity(e.Type, e.Offset, e.Length))];

    private async Task WriteAsync(HttpContext context, string method, JsonObject parameters, FakeApiException? error, JsonNode? result = null)
    {
        var status = error?.ErrorCode ?? 200;
        lock (_lock)
        {
            _calls.Add(new ApiCall(method, (JsonObject)parameters.DeepClone(), status, DateTimeOffset.UtcNow));
            Signal();
        }

        JsonObject body;
        if (error is null)
        {
            body = new JsonObject { ["ok"] = true, ["result"] = result };
        }
        else
        {
            body = new JsonObject { ["ok"] = false, ["error_code"] = error.ErrorCode, ["description"] = error.Message };
            if (error.RetryAfter is { } retryAfter)
            {
                body["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(RawJson(body));
    }

    /// <summary>Parameters as Telegram accepts them: query string, JSON body, or form fields (complex values JSON-encoded).</summary>
    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = FormValue(value.ToString());
        }

        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject json)
            {
                foreach (var (key, value) in json.ToList())
                {
                    parameters[key] = value?.DeepClone();
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = FormValue(value.ToString());
            }
        }

        return parameters;
    }

    private static JsonNode? FormValue(string value) =>
        value.StartsWith('{') || value.StartsWith('[') ? JsonNode.Parse(value)
        : long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number)
        : bool.TryParse(value, out var flag) ? JsonValue.Create(flag)
        : JsonValue.Create(value);

    private static long? Long(JsonObject parameters, string name) => parameters[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static string? String(JsonObject parameters, string name) =>
        parameters[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}

public sealed record FakeChat(long Id, string Type, string? Title = null)
{
    public static FakeChat Private(FakeUser user) => new(user.Id, "private");

    public static FakeChat Group(long id, string title = "مجموعة الأخبار") => new(id, "supergroup", title);

    public JsonObject ToJson() => Type == "private"
        ? new JsonObject { ["id"] = Id, ["type"] = Type, ["first_name"] = "Member" }
        : new JsonObject { ["id"] = Id, ["type"] = Type, ["title"] = Title };
}

public sealed record FakeUser(long Id, string FirstName, string? Username = null, string? LanguageCode = "ar")
{
    public JsonObject ToJson()
    {
        var user = new JsonObject { ["id"] = Id, ["is_bot"] = false, ["first_name"] = FirstName };
        if (Username is not null)
        {
            user["username"] = Username;
        }

        if (LanguageCode is not null)
        {
            user["language_code"] = LanguageCode;
        }

        return user;
    }
}

/// <summary>A message the bot sent: the HTML it posted and what Telegram made of it.</summary>
public sealed record SentMessage(
    long ChatId,
    int MessageId,
    string Html,
    string Text,
    IReadOnlyList<FakeEntity> Entities,
    int? ReplyToMessageId,
    IReadOnlyList<string> CallbackData,
    DateTimeOffset At)
{
    public IReadOnlyList<string> Bold => Entities.Where(e => e.Type == "bold").Select(e => Text.Substring(e.Offset, e.Length)).ToList();
}

public sealed record ApiCall(string Method, JsonObject Parameters, int Status, DateTimeOffset At)
{
    public string? Get(string name) => Parameters[name]?.ToString();
}
