namespace BriefingBot.Discord.Client.Gateway;

internal enum CloseAction
{
    Resume,
    Reidentify,
    Fatal,
}

internal static class GatewayCloseCodes
{
    /// <summary>
    /// What we send when we intend to resume: Discord invalidates the session on 1000/1001,
    /// so anything we close for reconnecting uses a code from the application range.
    /// </summary>
    public const int ResumableClose = 4000;

    public static CloseAction Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => CloseAction.Fatal,
        4007 or 4009 => CloseAction.Reidentify,
        _ => CloseAction.Resume,
    };

    public static string Describe(int code) => code switch
    {
        4004 => "Authentication failed: the bot token is invalid",
        4010 => "Invalid shard",
        4011 => "Sharding required: the bot is in too many guilds for a single shard, which this client does not support",
        4012 => "Invalid API version",
        4013 => "Invalid intents",
        4014 => "Disallowed intents: enable the privileged intent (e.g. MESSAGE_CONTENT) in the developer portal or stop requesting it",
        _ => "Unknown close code",
    };
}
