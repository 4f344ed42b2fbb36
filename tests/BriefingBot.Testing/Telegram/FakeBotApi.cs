using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// A Bot API server on loopback that behaves like Telegram for the methods the bot uses: the
/// <c>{ok,result}</c> and <c>{ok:false,error_code,description,parameters}</c> envelopes, getUpdates with
/// offsets (confirming earlier updates) and long-poll timeouts, sendMessage returning a full Message and
/// refusing bad HTML, long texts and oversized callback data. Tests act as members (send texts and files, press
/// buttons), read what the bot sent and force errors (429 with retry_after, 409, 5xx).
/// </summary>
/// <remarks>
/// This class is the HTTP side and the tests' vocabulary; what Telegram holds is <see cref="FakeTelegramState"/>, the
/// methods are <see cref="FakeBotApiMethods"/>, request parsing is <see cref="BotApiParameters"/>, forced errors are
/// <see cref="FakeApiFaults"/>.
/// </remarks>
public sealed class FakeBotApi : LoopbackServer
{
    public const string Token = "123456789:fake-test-token";
    public const long BotId = 123456789;
    public const string BotUsername = "briefing_test_bot";
    public const int MaxMessageLength = 4096;

    /// <summary>
    /// Put this in a string of an update and the JSON Telegram sends carries a lone surrogate (<c>"\ud800"</c>) there
    /// instead: text no JSON writer produces, but a server can send.
    /// </summary>
    public const string LoneSurrogate = "@@lone-surrogate@@";

    private readonly FakeTelegramState _state = new();
    private readonly FakeApiFaults _faults = new();
    private readonly FakeBotApiMethods _methods;

    private FakeBotApi() => _methods = new FakeBotApiMethods(_state);

    public Uri BaseUrl => BaseUri;

    public string? WebhookUrl => _state.WebhookUrl;

    public string? WebhookSecret => _state.WebhookSecret;

    /// <summary>
    /// Echo mode: sendMessage answers 200 with a body that is not a Message but echoes the request's path, token
    /// included (as a misbehaving proxy might), so whatever fails to parse it quotes the token.
    /// </summary>
    public bool EchoRequestPath { get; set; }

    /// <summary>The highest offset getUpdates was called with: updates below it are confirmed.</summary>
    public long ConfirmedOffset => _state.ConfirmedOffset;

    public static JsonObject BotUser => FakeTelegramState.BotUser;

    /// <summary>The update types the bot asked for (getUpdates' or setWebhook's <c>allowed_updates</c>); null until it asks.</summary>
    public IReadOnlyCollection<string>? AllowedUpdates => _state.AllowedUpdates;

    /// <summary>The bot's messages the bot deleted (deleteMessage), in order.</summary>
    public IReadOnlyList<(long Chat, int Id)> DeletedByBot => _state.DeletedByBot;

    public IReadOnlyList<SentMessage> Sent => _state.Sent;

    public IReadOnlyList<ApiCall> Calls => _state.Calls;

    /// <summary>The file paths the bot downloaded, in order.</summary>
    public IReadOnlyList<string> Downloads => _state.Downloads;

    /// <summary>The JSON text of a value with every <see cref="LoneSurrogate"/> made a lone surrogate escape.</summary>
    public static string RawJson(JsonNode node) => node.ToJsonString().Replace($"\"{LoneSurrogate}\"", "\"\\ud800\"", StringComparison.Ordinal);

    public static async Task<FakeBotApi> StartAsync()
    {
        var api = new FakeBotApi();
        await api.ListenAsync(app =>
        {
            app.Map("/bot{token}/{method}", api.HandleAsync);
            app.MapGet("/file/bot{token}/{**path}", api.DownloadAsync);
        });
        return api;
    }

    // ---- What tests do -------------------------------------------------------------------------------------

    public IReadOnlyList<ApiCall> CallsTo(string method) => Calls.Where(c => c.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> fail with this error.</summary>
    public void Fail(string method, int errorCode, string description, int? retryAfter = null, int times = 1) =>
        _faults.Add(method, new FakeApiException(errorCode, description, retryAfter), times);

    /// <summary>Makes these users the owners (administrators) of a group.</summary>
    public void SetAdministrators(FakeChat chat, params FakeUser[] owners) => _state.SetAdministrators(chat, owners);

    /// <summary>Makes these users members of a group (getChatMember says "member"); anyone else has "left".</summary>
    public void SetMembers(FakeChat chat, params FakeUser[] members) => _state.SetMembers(chat, members);

    /// <summary>A user sends a text message; entities for a leading command and @mentions are set as Telegram sets them.</summary>
    public int SendText(FakeChat chat, FakeUser user, string text, int? replyToMessageId = null) => _state.PostText(chat, user, text, replyToMessageId);

    /// <summary>A user sends a text in a forum topic: the message carries the topic's message_thread_id and is_topic_message.</summary>
    public int SendTextInTopic(FakeChat chat, int topic, FakeUser user, string text, int? replyToMessageId = null) =>
        _state.PostText(chat, user, text, replyToMessageId, topic: topic);

    /// <summary>A member opens a forum topic; the returned id is its message_thread_id.</summary>
    public int CreateTopic(FakeChat chat, FakeUser user, string name) => _state.CreateTopic(chat, user, name);

    /// <summary>
    /// The author edits a text message: Telegram delivers the whole message again, new text and entities, same id, with
    /// <c>edit_date</c>, as an <c>edited_message</c> update, if the bot's <c>allowed_updates</c> lets that type through.
    /// Returns the update's id, or null when Telegram would not deliver it.
    /// </summary>
    public int? EditText(FakeChat chat, int messageId, string text) => _state.EditText(chat, messageId, text);

    /// <summary>An <c>edited_message</c> for a message whose text did not change (Telegram sends these for fields the bot may not use).</summary>
    public int? TouchWithoutEdit(FakeChat chat, int messageId) => _state.TouchWithoutEdit(chat, messageId);

    /// <summary>An <c>edited_message</c> update as Telegram would post it to a webhook (not queued for getUpdates), or null if the bot did not ask for edits.</summary>
    public JsonObject? CreateEditUpdate(FakeChat chat, int messageId, string text)
    {
        var id = _state.EditText(chat, messageId, text);
        return id is null ? null : _state.TakeQueued(id.Value);
    }

    /// <summary>The message as Telegram holds it now, after any edits; null once deleted.</summary>
    public JsonObject? Message(FakeChat chat, int messageId) => _state.Message(chat.Id, messageId);

    /// <summary>A message is deleted meanwhile (by its sender or a moderator).</summary>
    public void DeleteMessage(FakeChat chat, int messageId) => _state.DeleteMessage(chat, messageId);

    /// <summary>
    /// An anonymous administrator of the group sends a text: <c>from</c> is @GroupAnonymousBot and <c>sender_chat</c>
    /// the group itself, as Telegram sends it. Only the group's administrators can post this way.
    /// </summary>
    public int SendTextAsGroup(FakeChat chat, string text, int? replyToMessageId = null) =>
        _state.PostText(chat, new FakeUser(0, "Group"), text, replyToMessageId, onBehalfOfChat: true);

    /// <summary>An anonymous administrator of the group sends a file, as <see cref="SendTextAsGroup"/> sends a text.</summary>
    public int SendDocumentAsGroup(FakeChat chat, string fileName, byte[] content, string? caption = null, string mimeType = "text/markdown") =>
        _state.PostDocument(chat, new FakeUser(0, "Group"), fileName, content, caption, mimeType, replyToMessageId: null, onBehalfOfChat: true);

    /// <summary>
    /// A user sends a file (a document), with an optional caption whose leading /command gets its entity. The file
    /// is kept for getFile and the download route, as Telegram keeps it.
    /// </summary>
    public int SendDocument(FakeChat chat, FakeUser user, string fileName, byte[] content, string? caption = null, string mimeType = "text/markdown", int? replyToMessageId = null) =>
        _state.PostDocument(chat, user, fileName, content, caption, mimeType, replyToMessageId);

    /// <summary>A text message as Telegram would post it to a webhook: stored (so replies can quote it) but not queued for getUpdates.</summary>
    public JsonObject CreateTextUpdate(FakeChat chat, FakeUser user, string text) => _state.CreateTextUpdate(chat, user, text);

    /// <summary>A user presses an inline button under one of the bot's messages.</summary>
    public int PressButton(FakeUser user, SentMessage message, string callbackData) => _state.PressButton(user, message, callbackData);

    /// <summary>An update Telegram would deliver, given as raw JSON (for updates the bot must survive).</summary>
    public int AddRawUpdate(JsonObject update) => _state.AddRawUpdate(update);

    /// <summary>
    /// Puts confirmed updates back in the queue, as if the bot had stopped between answering them and its next
    /// getUpdates (which is what confirms them to Telegram): only an offset the bot kept itself avoids answering twice.
    /// </summary>
    public void ForgetConfirmations() => _state.ForgetConfirmations();

    public async Task<SentMessage> WaitForMessageAsync(Func<SentMessage, bool> predicate, TimeSpan? timeout = null)
    {
        var messages = await WaitForMessagesAsync(predicate, 1, timeout);
        return messages[0];
    }

    public Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(Func<SentMessage, bool> predicate, int count, TimeSpan? timeout = null) =>
        WaitUntilAsync<IReadOnlyList<SentMessage>>(() => Sent.Where(predicate).ToList() is { } found && found.Count >= count ? found : null, timeout);

    public Task<IReadOnlyList<ApiCall>> WaitForCallsAsync(string method, int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => CallsTo(method) is { } found && found.Count >= count ? found : null, timeout);

    /// <summary>Waits, woken by each change of the fake's state rather than a loop of sleeps, until the condition holds.</summary>
    public Task<T> WaitUntilAsync<T>(Func<T?> condition, TimeSpan? timeout = null)
        where T : class =>
        Eventually.ValueAsync(condition, "the fake Bot API to see the expected calls", _state.NextChange, timeout);

    // ---- HTTP ---------------------------------------------------------------------------------------------

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        JsonObject parameters;
        try
        {
            parameters = await BotApiParameters.ReadAsync(context.Request);
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
            _state.RecordCall(new ApiCall(method, (JsonObject)parameters.DeepClone(), 200, DateTimeOffset.UtcNow));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"ok\":true,\"result\":{\"message_id\":1,\"" + context.Request.Path + "\": echo}}");
            return;
        }

        if (_faults.TryTake(method, out var fault))
        {
            await WriteAsync(context, method, parameters, fault);
            return;
        }

        try
        {
            var result = await _methods.InvokeAsync(method, parameters, context.RequestAborted);
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

    private async Task DownloadAsync(HttpContext context, string token, string path)
    {
        if (token != Token || _state.Download(path) is not { } content)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(content, context.RequestAborted);
    }

    /// <summary>Records the call and answers in Telegram's envelope, with the error's status and retry_after.</summary>
    private async Task WriteAsync(HttpContext context, string method, JsonObject parameters, FakeApiException? error, JsonNode? result = null)
    {
        var status = error?.ErrorCode ?? 200;
        _state.RecordCall(new ApiCall(method, (JsonObject)parameters.DeepClone(), status, DateTimeOffset.UtcNow));
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
}
