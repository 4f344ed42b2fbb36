using System.Text;
using System.Text.Json.Nodes;
using static BriefingBot.Testing.Telegram.BotApiParameters;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// The Bot API methods the bot uses, as Telegram answers them: each validates its parameters as Telegram does and
/// reads or changes the <see cref="FakeTelegramState"/>; an error is a <see cref="FakeApiException"/>.
/// </summary>
internal sealed class FakeBotApiMethods(FakeTelegramState state)
{
    public async Task<JsonNode?> InvokeAsync(string method, JsonObject parameters, CancellationToken aborted) => method.ToLowerInvariant() switch
    {
        "getme" => FakeTelegramState.BotUser,
        "getupdates" => await GetUpdatesAsync(parameters, aborted),
        "sendmessage" => SendMessage(parameters),
        "editmessagetext" => EditMessageText(parameters),
        "editmessagereplymarkup" => EditMessageReplyMarkup(parameters),
        "deletemessage" => DeleteMessage(parameters),
        "sendchataction" => Known(parameters),
        "answercallbackquery" => true,
        "getchatadministrators" => GetChatAdministrators(parameters),
        "getchatmember" => GetChatMember(parameters),
        "getfile" => GetFile(parameters),
        "setmycommands" => SetMyCommands(parameters),
        "setwebhook" => SetWebhook(parameters),
        "deletewebhook" => DeleteWebhook(),
        "getwebhookinfo" => new JsonObject { ["url"] = state.WebhookUrl ?? string.Empty, ["has_custom_certificate"] = false, ["pending_update_count"] = state.PendingCount },
        _ => throw new FakeApiException(404, "Not Found"),
    };

    private async Task<JsonNode> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        if (state.WebhookUrl is not null)
        {
            throw new FakeApiException(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        }

        state.SetAllowedUpdates(parameters["allowed_updates"]);
        var offset = Long(parameters, "offset");
        var limit = (int)(Long(parameters, "limit") ?? 100);
        var timeout = TimeSpan.FromSeconds(Long(parameters, "timeout") ?? 0);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            if (state.TakeUpdates(offset, limit, out var changed) is { } updates)
            {
                return updates;
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
        var replyParameters = parameters["reply_parameters"] as JsonObject;
        var replyToId = replyParameters is not null ? Long(replyParameters, "message_id") : Long(parameters, "reply_to_message_id");
        var allowWithoutReply = replyParameters?["allow_sending_without_reply"]?.GetValue<bool>() == true;
        var thread = Long(parameters, "message_thread_id") is { } t ? (int?)t : null;
        return state.AddBotMessage(chatId, html, text, entities, replyToId, allowWithoutReply, markup, CallbackData(markup), thread);
    }

    private JsonNode EditMessageText(JsonObject parameters)
    {
        var chatId = Long(parameters, "chat_id") ?? throw new FakeApiException(400, "Bad Request: chat_id is empty");
        var messageId = (int)(Long(parameters, "message_id") ?? throw new FakeApiException(400, "Bad Request: message identifier is not specified"));
        var (text, entities) = Parse(String(parameters, "text") ?? string.Empty, String(parameters, "parse_mode"));
        var markup = parameters["reply_markup"] as JsonObject;
        CheckButtons(markup);
        return state.EditMessage(chatId, messageId, text, entities, markup);
    }

    private JsonNode EditMessageReplyMarkup(JsonObject parameters)
    {
        var chatId = Long(parameters, "chat_id") ?? throw new FakeApiException(400, "Bad Request: chat_id is empty");
        var messageId = (int)(Long(parameters, "message_id") ?? throw new FakeApiException(400, "Bad Request: message identifier is not specified"));
        var markup = parameters["reply_markup"] as JsonObject;
        CheckButtons(markup);
        return state.EditMarkup(chatId, messageId, markup);
    }

    private JsonNode DeleteMessage(JsonObject parameters)
    {
        var chatId = Long(parameters, "chat_id") ?? throw new FakeApiException(400, "Bad Request: chat_id is empty");
        var messageId = (int)(Long(parameters, "message_id") ?? throw new FakeApiException(400, "Bad Request: message identifier is not specified"));
        state.DeleteByBot(chatId, messageId);
        return true;
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
        if (state.File(fileId) is not { } file)
        {
            throw new FakeApiException(400, "Bad Request: invalid file_id");
        }

        return new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = file.Content.Length, ["file_path"] = file.Path };
    }

    private JsonNode GetChatAdministrators(JsonObject parameters)
    {
        Known(parameters);
        var owners = state.Owners(Long(parameters, "chat_id")!.Value);
        return new JsonArray([.. owners.Select(o => (JsonNode)new JsonObject { ["status"] = "creator", ["user"] = o.ToJson(), ["is_anonymous"] = false })]);
    }

    private JsonNode GetChatMember(JsonObject parameters)
    {
        Known(parameters);
        var (status, user) = state.Membership(Long(parameters, "chat_id")!.Value, Long(parameters, "user_id")!.Value);
        return new JsonObject { ["status"] = status, ["user"] = user, ["is_anonymous"] = false };
    }

    private JsonNode SetWebhook(JsonObject parameters)
    {
        var url = String(parameters, "url") ?? string.Empty;
        state.SetAllowedUpdates(parameters["allowed_updates"]);
        state.SetWebhook(url.Length == 0 ? null : url, String(parameters, "secret_token"));
        return true;
    }

    private JsonNode DeleteWebhook()
    {
        state.SetWebhook(null, null);
        return true;
    }

    private JsonNode Known(JsonObject parameters) =>
        Long(parameters, "chat_id") is { } id && state.IsKnownChat(id) ? true : throw new FakeApiException(400, "Bad Request: chat not found");

    private static (string Text, IReadOnlyList<FakeEntity> Entities) Parse(string raw, string? parseMode)
    {
        var (text, entities) = string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? FakeTelegramHtml.Parse(raw) : (raw, []);
        if (text.Trim().Length == 0)
        {
            throw new FakeApiException(400, "Bad Request: message text is empty");
        }

        if (text.Length > FakeBotApi.MaxMessageLength)
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
}
