using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// What Telegram holds for the fake, under one lock: chats and their messages, the update queue with what getUpdates
/// confirmed, group owners and members, the files users sent, the webhook, and a record of every call and of every
/// message the bot sent. Each change completes <see cref="NextChange"/>, so waiting needs no loop of sleeps.
/// </summary>
internal sealed class FakeTelegramState
{
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _updates = [];
    private readonly List<JsonObject> _confirmed = [];
    private readonly Dictionary<long, JsonObject> _chats = [];
    private readonly Dictionary<(long Chat, int Id), JsonObject> _messages = [];
    private readonly Dictionary<long, int> _nextMessageId = [];
    private readonly HashSet<(long Chat, int Thread)> _topics = [];
    private readonly Dictionary<long, FakeUser[]> _owners = [];
    private readonly Dictionary<long, HashSet<long>> _members = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<ApiCall> _calls = [];
    private readonly ConcurrentDictionary<string, (string Path, byte[] Content)> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _downloads = new();
    private readonly List<(long Chat, int Id)> _deletedByBot = [];
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1000;
    private HashSet<string>? _allowedUpdates;

    public static JsonObject BotUser => new()
    {
        ["id"] = FakeBotApi.BotId,
        ["is_bot"] = true,
        ["first_name"] = "Briefing Bot",
        ["username"] = FakeBotApi.BotUsername,
    };

    public long ConfirmedOffset { get; private set; }

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    /// <summary>
    /// The update types the bot last asked for (getUpdates' or setWebhook's <c>allowed_updates</c>); null until it asks,
    /// which is Telegram's default: every type but chat_member, message_reaction and message_reaction_count.
    /// </summary>
    public IReadOnlyCollection<string>? AllowedUpdates
    {
        get
        {
            lock (_lock)
            {
                return _allowedUpdates is null ? null : [.. _allowedUpdates];
            }
        }
    }

    /// <summary>The bot's messages the bot deleted (deleteMessage), in order.</summary>
    public IReadOnlyList<(long Chat, int Id)> DeletedByBot
    {
        get
        {
            lock (_lock)
            {
                return [.. _deletedByBot];
            }
        }
    }

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

    public IReadOnlyList<string> Downloads => [.. _downloads];

    public int PendingCount
    {
        get
        {
            lock (_lock)
            {
                return _updates.Count;
            }
        }
    }

    /// <summary>Completes at the next change; take it before checking a condition so no change in between is missed.</summary>
    public Task NextChange()
    {
        lock (_lock)
        {
            return _changed.Task;
        }
    }

    // ---- What members and moderators do ------------------------------------------------------------------

    public void SetAdministrators(FakeChat chat, FakeUser[] owners)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            _owners[chat.Id] = owners;
        }
    }

    public void SetMembers(FakeChat chat, FakeUser[] members)
    {
        lock (_lock)
        {
            _members[chat.Id] = [.. members.Select(m => m.Id)];
        }
    }

    /// <summary>
    /// What Telegram puts in <c>from</c> of a message an anonymous group administrator sends on behalf of the group
    /// (Bot API: "for backward compatibility … a fake sender user in non-channel chats"); <c>sender_chat</c> is the group.
    /// </summary>
    public static JsonObject GroupAnonymousBot => new()
    {
        ["id"] = 1087968824,
        ["is_bot"] = true,
        ["first_name"] = "Group",
        ["username"] = "GroupAnonymousBot",
    };

    /// <summary>
    /// A member opens a forum topic: Telegram posts a service message (<c>forum_topic_created</c>) whose id is the
    /// topic's <c>message_thread_id</c> from then on.
    /// </summary>
    public int CreateTopic(FakeChat chat, FakeUser user, string name)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            var message = NewMessage(chat.Id, user.ToJson(), string.Empty, null, null, null);
            var id = message["message_id"]!.GetValue<int>();
            message.Remove("text");
            message["message_thread_id"] = id;
            message["is_topic_message"] = true;
            message["forum_topic_created"] = new JsonObject { ["name"] = name, ["icon_color"] = 7322096 };
            _messages[(chat.Id, id)] = (JsonObject)message.DeepClone();
            _topics.Add((chat.Id, id));
            AddUpdate(new JsonObject { ["message"] = message });
            return id;
        }
    }

    /// <summary>The message is deleted (by its sender or a moderator): replies to it can no longer quote it.</summary>
    public void DeleteMessage(FakeChat chat, int messageId)
    {
        lock (_lock)
        {
            _messages.Remove((chat.Id, messageId));
        }
    }

    public int PostText(FakeChat chat, FakeUser user, string text, int? replyToMessageId, bool onBehalfOfChat = false, int? topic = null)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();

            // In a topic a message that replies to nothing else replies to the topic's creation message, as Telegram shows it.
            var replyTarget = ReplyTarget(chat.Id, replyToMessageId ?? topic);
            var message = NewMessage(chat.Id, onBehalfOfChat ? GroupAnonymousBot : user.ToJson(), text, TypedTextEntities.Of(text), replyTarget, null);
            if (onBehalfOfChat)
            {
                message["sender_chat"] = chat.ToJson();
            }

            if (topic is { } thread)
            {
                message["message_thread_id"] = thread;
                message["is_topic_message"] = true;
            }

            _messages[(chat.Id, message["message_id"]!.GetValue<int>())] = (JsonObject)message.DeepClone();

            AddUpdate(new JsonObject { ["message"] = message });
            return message["message_id"]!.GetValue<int>();
        }
    }

    /// <summary>
    /// The author edits the text of a message they sent. Telegram keeps the message (its id, date, reply and topic) with the
    /// new text and entities and an <c>edit_date</c>, and delivers it whole as an <c>edited_message</c> update, to a bot
    /// that asked for that type in <c>allowed_updates</c> (or never asked for any). Null when no update was delivered.
    /// </summary>
    public int? EditText(FakeChat chat, int messageId, string text)
    {
        lock (_lock)
        {
            var message = _messages[(chat.Id, messageId)];
            message["text"] = text;
            var entities = TypedTextEntities.Of(text);
            if (entities.Count > 0)
            {
                message["entities"] = entities;
            }
            else
            {
                message.Remove("entities");
            }

            message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return Delivers("edited_message") ? AddUpdate(new JsonObject { ["edited_message"] = message.DeepClone() }) : null;
        }
    }

    /// <summary>
    /// Telegram reports an edit of a message whose text did not change (a link preview filled in, say): the Bot API says
    /// edited_message "may at times be triggered by changes to message fields that are either unavailable or not actively used by your bot".
    /// </summary>
    public int? TouchWithoutEdit(FakeChat chat, int messageId)
    {
        lock (_lock)
        {
            var message = _messages[(chat.Id, messageId)];
            message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return Delivers("edited_message") ? AddUpdate(new JsonObject { ["edited_message"] = message.DeepClone() }) : null;
        }
    }

    /// <summary>Whether Telegram would deliver updates of this type to the bot now (its <c>allowed_updates</c>).</summary>
    public bool Delivers(string updateType)
    {
        lock (_lock)
        {
            return _allowedUpdates is null
                ? updateType is not ("chat_member" or "message_reaction" or "message_reaction_count")
                : _allowedUpdates.Contains(updateType);
        }
    }

    /// <summary>
    /// The bot's <c>allowed_updates</c>: kept until it sends another (absent: unchanged; an empty list: Telegram's default).
    /// </summary>
    public void SetAllowedUpdates(JsonNode? allowed)
    {
        if (allowed is not JsonArray list)
        {
            return;
        }

        lock (_lock)
        {
            _allowedUpdates = list.Count == 0 ? null : [.. list.Select(t => t?.GetValue<string>()).OfType<string>()];
        }
    }

    public int PostDocument(FakeChat chat, FakeUser user, string fileName, byte[] content, string? caption, string mimeType, int? replyToMessageId, bool onBehalfOfChat = false)
    {
        var fileId = "file-" + Guid.NewGuid().ToString("N");
        _files[fileId] = ("documents/" + fileId + Path.GetExtension(fileName), content);
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            var message = NewMessage(chat.Id, onBehalfOfChat ? GroupAnonymousBot : user.ToJson(), string.Empty, null, ReplyTarget(chat.Id, replyToMessageId), null);
            message.Remove("text");
            if (onBehalfOfChat)
            {
                message["sender_chat"] = chat.ToJson();
            }

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
                var entities = TypedTextEntities.Of(caption);
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

    public JsonObject CreateTextUpdate(FakeChat chat, FakeUser user, string text)
    {
        lock (_lock)
        {
            _chats[chat.Id] = chat.ToJson();
            var message = NewMessage(chat.Id, user.ToJson(), text, TypedTextEntities.Of(text), null, null);
            return new JsonObject { ["update_id"] = _nextUpdateId++, ["message"] = message };
        }
    }

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

    /// <summary>Takes a queued update out of the queue (to post it to a webhook instead).</summary>
    public JsonObject TakeQueued(int updateId)
    {
        lock (_lock)
        {
            var update = _updates.Single(u => u["update_id"]!.GetValue<int>() == updateId);
            _updates.Remove(update);
            return (JsonObject)update.DeepClone();
        }
    }

    public int AddRawUpdate(JsonObject update)
    {
        lock (_lock)
        {
            return AddUpdate(update);
        }
    }

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

    // ---- What the Bot API methods read and write -----------------------------------------------------------

    public void RecordCall(ApiCall call)
    {
        lock (_lock)
        {
            _calls.Add(call);
            Signal();
        }
    }

    /// <summary>
    /// Confirms the updates below <paramref name="offset"/> and returns up to <paramref name="limit"/> pending ones;
    /// null (with the task of the next change) when none is pending.
    /// </summary>
    public JsonArray? TakeUpdates(long? offset, int limit, out Task changed)
    {
        lock (_lock)
        {
            if (offset is { } confirmed)
            {
                _confirmed.AddRange(_updates.Where(u => u["update_id"]!.GetValue<int>() < confirmed));
                _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < confirmed);
                ConfirmedOffset = Math.Max(ConfirmedOffset, confirmed);
            }

            changed = _changed.Task;
            return _updates.Count > 0 ? new JsonArray([.. _updates.Take(limit).Select(u => u.DeepClone())]) : null;
        }
    }

    public bool IsKnownChat(long chatId)
    {
        lock (_lock)
        {
            return _chats.ContainsKey(chatId);
        }
    }

    /// <summary>The bot posts a message: stored, recorded as sent, returned as Telegram returns it.</summary>
    public JsonObject AddBotMessage(long chatId, string html, string text, IReadOnlyList<FakeEntity> entities, long? replyToId, bool allowWithoutReply, JsonObject? markup, IReadOnlyList<string> callbackData, int? messageThreadId = null)
    {
        lock (_lock)
        {
            if (!_chats.ContainsKey(chatId))
            {
                throw new FakeApiException(400, "Bad Request: chat not found");
            }

            if (messageThreadId is { } requested && !_topics.Contains((chatId, requested)))
            {
                throw new FakeApiException(400, "Bad Request: message thread not found");
            }

            JsonObject? replyTo = null;
            if (replyToId is { } rid && !_messages.TryGetValue((chatId, (int)rid), out replyTo) && !allowWithoutReply)
            {
                throw new FakeApiException(400, "Bad Request: message to be replied not found");
            }

            // Telegram puts a reply in the topic of the message it replies to; without one (or when that message is
            // gone and allow_sending_without_reply let it through) only message_thread_id keeps it out of General.
            var thread = messageThreadId ?? (replyTo?["is_topic_message"]?.GetValue<bool>() == true ? replyTo["message_thread_id"]?.GetValue<int>() : null);
            var message = NewMessage(chatId, BotUser, text, TypedTextEntities.ToJson(entities), replyTo, markup?.DeepClone());
            var id = message["message_id"]!.GetValue<int>();
            if (thread is { } t)
            {
                message["message_thread_id"] = t;
                message["is_topic_message"] = true;
                _messages[(chatId, id)] = (JsonObject)message.DeepClone();
            }

            _sent.Add(new SentMessage(chatId, id, html, text, entities, replyTo?["message_id"]?.GetValue<int>(), callbackData, DateTimeOffset.UtcNow) { MessageThreadId = thread });
            return message;
        }
    }

    public JsonObject EditMessage(long chatId, int messageId, string text, IReadOnlyList<FakeEntity> entities, JsonObject? markup)
    {
        lock (_lock)
        {
            if (!_messages.TryGetValue((chatId, messageId), out var message))
            {
                throw new FakeApiException(400, "Bad Request: message to edit not found");
            }

            if (message["from"]?["id"]?.GetValue<long>() != FakeBotApi.BotId)
            {
                throw new FakeApiException(400, "Bad Request: message can't be edited");
            }

            var newEntities = TypedTextEntities.ToJson(entities);
            if (message["text"]?.GetValue<string>() == text
                && JsonNode.DeepEquals(message["entities"] ?? new JsonArray(), newEntities)
                && JsonNode.DeepEquals(message["reply_markup"], markup))
            {
                throw new FakeApiException(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            message["text"] = text;
            message["entities"] = newEntities;
            message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            if (markup is null)
            {
                // editMessageText without reply_markup leaves the message without its inline keyboard.
                message.Remove("reply_markup");
            }
            else
            {
                message["reply_markup"] = markup.DeepClone();
            }

            return (JsonObject)message.DeepClone();
        }
    }

    /// <summary>deleteMessage: the bot may delete its own messages; another's only as an admin, which the fake bot never is.</summary>
    public void DeleteByBot(long chatId, int messageId)
    {
        lock (_lock)
        {
            if (!_messages.TryGetValue((chatId, messageId), out var message))
            {
                throw new FakeApiException(400, "Bad Request: message to delete not found");
            }

            if (message["from"]?["id"]?.GetValue<long>() != FakeBotApi.BotId)
            {
                throw new FakeApiException(400, "Bad Request: message can't be deleted");
            }

            _messages.Remove((chatId, messageId));
            _deletedByBot.Add((chatId, messageId));
        }
    }

    /// <summary>The message as Telegram holds it now (after any edits); null once deleted.</summary>
    public JsonObject? Message(long chatId, int messageId)
    {
        lock (_lock)
        {
            return _messages.TryGetValue((chatId, messageId), out var message) ? (JsonObject)message.DeepClone() : null;
        }
    }

    /// <summary>editMessageReplyMarkup: the message's buttons replaced (none: the keyboard removed).</summary>
    public JsonObject EditMarkup(long chatId, int messageId, JsonObject? markup)
    {
        lock (_lock)
        {
            if (!_messages.TryGetValue((chatId, messageId), out var message))
            {
                throw new FakeApiException(400, "Bad Request: message to edit not found");
            }

            if (markup is null)
            {
                message.Remove("reply_markup");
            }
            else
            {
                message["reply_markup"] = markup.DeepClone();
            }

            message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return (JsonObject)message.DeepClone();
        }
    }

    public (string Path, byte[] Content)? File(string fileId) => _files.TryGetValue(fileId, out var file) ? file : null;

    /// <summary>The content of the file stored at <paramref name="path"/>, counted as downloaded; null when there is none.</summary>
    public byte[]? Download(string path)
    {
        var file = _files.Values.FirstOrDefault(f => f.Path == path);
        if (file.Content is not null)
        {
            _downloads.Enqueue(path);
        }

        return file.Content;
    }

    public FakeUser[] Owners(long chatId)
    {
        lock (_lock)
        {
            return _owners.GetValueOrDefault(chatId, []);
        }
    }

    /// <summary>getChatMember's status: creator for an owner, member for a member, left for anyone else.</summary>
    public (string Status, JsonObject User) Membership(long chatId, long userId)
    {
        lock (_lock)
        {
            var owner = _owners.GetValueOrDefault(chatId, []).FirstOrDefault(o => o.Id == userId);
            var status = owner is not null ? "creator" : _members.GetValueOrDefault(chatId)?.Contains(userId) == true ? "member" : "left";
            return (status, (owner ?? new FakeUser(userId, "user" + userId)).ToJson());
        }
    }

    public void SetWebhook(string? url, string? secret)
    {
        lock (_lock)
        {
            WebhookUrl = url;
            WebhookSecret = secret;
        }
    }

    private JsonObject? ReplyTarget(long chatId, int? replyToMessageId) =>
        replyToMessageId is { } r ? _messages.GetValueOrDefault((chatId, r)) : null;

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

    private void Signal()
    {
        var previous = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        previous.TrySetResult();
    }
}
