using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

public sealed record FakeChat(long Id, string Type, string? Title = null)
{
    /// <summary>A supergroup with topics enabled (<c>is_forum</c>): messages in a topic carry its <c>message_thread_id</c>.</summary>
    public bool IsForum { get; init; }

    public static FakeChat Private(FakeUser user) => new(user.Id, "private");

    public static FakeChat Group(long id, string title = "مجموعة الأخبار") => new(id, "supergroup", title);

    public static FakeChat Forum(long id, string title = "منتدى الأخبار") => new(id, "supergroup", title) { IsForum = true };

    public JsonObject ToJson()
    {
        if (Type == "private")
        {
            return new JsonObject { ["id"] = Id, ["type"] = Type, ["first_name"] = "Member" };
        }

        var chat = new JsonObject { ["id"] = Id, ["type"] = Type, ["title"] = Title };
        if (IsForum)
        {
            chat["is_forum"] = true;
        }

        return chat;
    }
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
    /// <summary>The forum topic the message went to; null for General or a chat without topics.</summary>
    public int? MessageThreadId { get; init; }

    public IReadOnlyList<string> Bold => Entities.Where(e => e.Type == "bold").Select(e => Text.Substring(e.Offset, e.Length)).ToList();
}

/// <summary>A Bot API call the fake answered: the method, its parameters and the HTTP status it got.</summary>
public sealed record ApiCall(string Method, JsonObject Parameters, int Status, DateTimeOffset At)
{
    public string? Get(string name) => Parameters[name]?.ToString();
}

/// <summary>A formatting entity of a message text (offsets in UTF-16 units, as Telegram counts them).</summary>
public sealed record FakeEntity(string Type, int Offset, int Length);

/// <summary>An error the fake returns as Telegram does: <c>{ok:false,error_code,description,parameters}</c> with that HTTP status.</summary>
public sealed class FakeApiException(int errorCode, string description, int? retryAfter = null) : Exception(description)
{
    public int ErrorCode { get; } = errorCode;

    public int? RetryAfter { get; } = retryAfter;
}
