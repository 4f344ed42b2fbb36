namespace BriefingBot.Telegram;

/// <summary>
/// Removes the bot token from text that leaves the process (logs). The token is part of every request URL,
/// so any exception that quotes a URL would otherwise carry it.
/// </summary>
public sealed class SecretRedactor(string? secret)
{
    public const string Mask = "[token]";

    public string Redact(string text) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Mask, StringComparison.Ordinal);

    /// <summary>The exception as text for a log: type, message and stack, token removed.</summary>
    public string Describe(Exception exception) => Redact(exception.ToString());
}
