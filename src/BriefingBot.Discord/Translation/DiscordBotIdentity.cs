namespace BriefingBot.Discord.Translation;

/// <summary>Who the bot is on Discord, learnt from READY; needed to recognise mentions of it and its own messages.</summary>
internal sealed class DiscordBotIdentity
{
    private string? _userId;

    /// <summary>The bot's user id, or null before the first READY.</summary>
    public string? UserId => Volatile.Read(ref _userId);

    public void Set(string userId) => Volatile.Write(ref _userId, userId);
}
