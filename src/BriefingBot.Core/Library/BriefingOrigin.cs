namespace BriefingBot.Core.Library;

/// <summary>Who posted a briefing and where: kept with the briefing so a moderator can see where it came from.</summary>
/// <param name="Platform">"telegram", "discord", "console" or "cli".</param>
/// <param name="Chat">The chat, channel or guild the briefing was posted in, when there is one.</param>
/// <param name="UserId">The poster's id on that platform.</param>
/// <param name="UserName">The poster's display name, for people reading the store.</param>
public sealed record BriefingOrigin(string Platform, string? Chat, string? UserId, string? UserName)
{
    /// <summary>The operator at the machine's command line, who is trusted.</summary>
    public static BriefingOrigin CommandLine() => new("cli", null, Environment.UserName, Environment.UserName);

    /// <summary>
    /// Whether the poster's confirmation goes to this chat: it says everything an announcement there would (title,
    /// date, sections), so announcers leave this chat out and it gets one message, not two near-identical ones.
    /// </summary>
    public bool IsConfirmedIn(string platform, string chat) =>
        string.Equals(Platform, platform, StringComparison.Ordinal) && string.Equals(Chat, chat, StringComparison.Ordinal);
}
