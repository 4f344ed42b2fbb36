using BriefingBot.Discord.Client.Gateway;

namespace BriefingBot.Discord.Client;

/// <summary>
/// Settings for the Discord client, bound from the <c>Discord</c> configuration section.
/// </summary>
public sealed class DiscordClientOptions
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
    public TimeSpan ReconnectInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Discord asks for a random 1–5 s wait after INVALID_SESSION.</summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Discord allows one IDENTIFY per 5 s per rate-limit key (one shard here).</summary>
    public TimeSpan IdentifyInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long to wait for HELLO after the socket opens.</summary>
    public TimeSpan HelloTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a close handshake may take before the socket is aborted.</summary>
    public TimeSpan CloseTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest gateway message accepted after frame reassembly.</summary>
    public int MaxGatewayMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Retries of 5xx responses (after the first attempt).</summary>
    public int RestMaxRetries { get; set; } = 3;

    public TimeSpan RestRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many 429s a single request may absorb before giving up.</summary>
    public int RestMaxRateLimitRetries { get; set; } = 5;

    public int GlobalRequestsPerSecond { get; set; } = 50;

    public GatewayIntents EffectiveIntents => MessageContent ? Intents | GatewayIntents.MessageContent : Intents;

    public string UserAgent => $"DiscordBot ({UserAgentUrl}, {UserAgentVersion})";

    public override string ToString() =>
        $"DiscordClientOptions {{ Token = {(string.IsNullOrEmpty(Token) ? "<empty>" : "<redacted>")}, ApiBaseUrl = {ApiBaseUrl}, " +
        $"GatewayUrl = {GatewayUrl ?? "<from /gateway/bot>"}, Intents = {EffectiveIntents}, GuildIds = [{string.Join(", ", GuildIds)}] }}";
}
