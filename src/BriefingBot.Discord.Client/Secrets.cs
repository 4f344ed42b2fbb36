namespace BriefingBot.Discord.Client;

internal static class Secrets
{
    public const string Mask = "<redacted>";

    /// <summary>Defence in depth for text that originated outside our control (server error messages, socket close reasons).</summary>
    public static string? Redact(string? text, string? secret) =>
        text is null || string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
}
