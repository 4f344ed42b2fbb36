using System.ComponentModel.DataAnnotations;
using BriefingBot.Adapters;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>Telegram settings, bound from the <c>Telegram</c> configuration section (<c>Telegram__Token</c> in the environment).</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot token from BotFather. The adapter runs only when it is set. Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Another Bot API server (self-hosted, or a test server), e.g. <c>http://localhost:8081</c>.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>How long one getUpdates call waits for updates (long polling).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>On shutdown, how long replies already being answered may take to go out before they are abandoned.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(10);

    [ValidateObjectMembers]
    public TelegramWebhookOptions Webhook { get; set; } = new();

    /// <summary>Chats where every post by a moderator (text or a document) is taken in as a briefing, no <c>/brief</c> needed.</summary>
    public List<long> BriefingChatIds { get; set; } = [];

    /// <summary>Chats told about every newly added briefing (title and sections), from any platform.</summary>
    public List<long> AnnounceChatIds { get; set; } = [];

    [ValidateObjectMembers]
    public TelegramSendLimits Limits { get; set; } = new();

    public bool UseWebhook => !string.IsNullOrWhiteSpace(Webhook.Url);
}

/// <summary>Webhook mode, used instead of long polling when <see cref="Url"/> is set.</summary>
public sealed class TelegramWebhookOptions
{
    /// <summary>The public HTTPS URL Telegram posts updates to, e.g. <c>https://bot.example.org/telegram</c>.</summary>
    public string? Url { get; set; }

    /// <summary>Sent by Telegram in <c>X-Telegram-Bot-Api-Secret-Token</c>; requests without it are refused. 1–256 of <c>A-Z a-z 0-9 _ -</c>.</summary>
    [RegularExpression("^[A-Za-z0-9_-]{1,256}$", ErrorMessage = "{0} must be 1–256 of A-Z a-z 0-9 _ -.")]
    public string? SecretToken { get; set; }

    /// <summary>Where the webhook listener binds locally (behind the reverse proxy that terminates TLS).</summary>
    public string ListenUrl { get; set; } = "http://0.0.0.0:8080";
}

/// <summary>Telegram's flood limits, kept below so the bot rarely meets a 429.</summary>
public sealed class TelegramSendLimits : IValidatableObject
{
    /// <summary>Messages per second to one chat.</summary>
    [Range(0.01, double.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public double PerChatPerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>Messages per second across all chats.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int OverallPerSecond { get; set; } = 30;

    /// <summary>How often one send is retried after 429, a server error or a network failure.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first back-off after a server error or network failure; it doubles up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// While an answer is held back by these limits, "typing…" is shown again this often (Telegram shows a chat action for
    /// about 5 seconds), at most once per interval per chat and topic however many answers wait there.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan HeldBackTypingInterval { get; set; } = TimeSpan.FromSeconds(4.5);

    /// <summary>An answer held back this long makes the bot say, once per chat and burst, that the answers are queued.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan QueuedNoteAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The back-off these limits describe (a method, so configuration binding never sees it).</summary>
    public BackoffPolicy RetryBackoff() => new(InitialBackoff, MaxBackoff);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InitialBackoff > MaxBackoff)
        {
            yield return new ValidationResult($"the first back-off ({InitialBackoff}) is longer than MaxBackoff ({MaxBackoff}).", [nameof(InitialBackoff)]);
        }
    }
}
