namespace BriefingBot.Discord.Client.Gateway;

/// <summary>The gateway intents this client knows about (a subset of Discord's).</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMembers = 1 << 1,
    GuildMessages = 1 << 9,
    GuildMessageReactions = 1 << 10,
    DirectMessages = 1 << 12,
    DirectMessageReactions = 1 << 13,

    /// <summary>Privileged: must also be enabled for the app in the developer portal, or the gateway closes with 4014.</summary>
    MessageContent = 1 << 15,
}
