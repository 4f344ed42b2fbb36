using System.ComponentModel.DataAnnotations;

using BriefingBot.Discord.Client.Gateway;

namespace BriefingBot.Discord.Client;

/// <summary>
/// Settings for the Discord client, bound from the <c>Discord</c> configuration section.
/// </summary>
public sealed class DiscordClientOptions : IValidatableObject
{
    public const string SectionName = "Discord";

    /// <summary>The bot token. Never logged, never part of <see cref="ToString"/> or exception messages.</summary>
    public string Token { get; set; } = "";

    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>Optional override; when empty the URL comes from <c>GET /gateway/bot</c>.</summary>
    public string? GatewayUrl { get; set; }

    public GatewayIntents Intents { get; set; } = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;

    /// <summary>MESSAGE_CONTENT is privileged: it has to be enabled in the developer portal too, so it is opt-in.</summary>
    public bool MessageContent { get; set; }

    public string UserAgentUrl { get; set; } = "https://github.com/briefingbot/briefingbot";

    public string UserAgentVersion { get; set; } = "1.0";

    /// <summary>Guilds to register commands in; empty means global registration.</summary>
    public IList<string> GuildIds { get; set; } = [];

    /// <summary>First delay after an unexpected disconnect; doubles per failed attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord asks for a random 1–5 s wait after INVALID_SESSION.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Discord allows one IDENTIFY per 5 s per rate-limit key (one shard here).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for HELLO after the socket opens.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a close handshake may take before the socket is aborted.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest gateway message accepted after frame reassembly.</summary>
    [Range(4096, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int MaxGatewayMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Retries of 5xx responses (after the first attempt).</summary>
    [Range(0, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int RestMaxRetries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan RestRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many 429s a single request may absorb before giving up.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int RestMaxRateLimitRetries { get; set; } = 5;

    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    public GatewayIntents EffectiveIntents => MessageContent ? Intents | GatewayIntents.MessageContent : Intents;

    public string UserAgent => $"DiscordBot ({UserAgentUrl}, {UserAgentVersion})";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReconnectInitialDelay > ReconnectMaxDelay)
        {
            yield return new ValidationResult($"the first reconnect delay ({ReconnectInitialDelay}) is longer than ReconnectMaxDelay ({ReconnectMaxDelay}).", [nameof(ReconnectInitialDelay)]);
        }

        if (InvalidSessionMinDelay > InvalidSessionMaxDelay)
        {
            yield return new ValidationResult($"the shortest wait after INVALID_SESSION ({InvalidSessionMinDelay}) is longer than InvalidSessionMaxDelay ({InvalidSessionMaxDelay}).", [nameof(InvalidSessionMinDelay)]);
        }
    }

    public override string ToString() =>
        $"DiscordClientOptions {{ Token = {(string.IsNullOrEmpty(Token) ? "<empty>" : "<redacted>")}, ApiBaseUrl = {ApiBaseUrl}, " +
        $"GatewayUrl = {GatewayUrl ?? "<from /gateway/bot>"}, Intents = {EffectiveIntents}, GuildIds = [{string.Join(", ", GuildIds)}] }}";
}
