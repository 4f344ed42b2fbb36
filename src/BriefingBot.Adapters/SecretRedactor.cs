namespace BriefingBot.Adapters;

/// <summary>
/// Removes the adapters' secrets (bot tokens) from text. The one place that knows them: the redacting logger
/// runs every log message and exception through it, and clients use it for text they put into their own exceptions.
/// </summary>
public sealed class SecretRedactor
{
    public const string Mask = "[redacted]";

    // Shorter values are no real token; masking them would only mangle ordinary text.
    private const int MinimumSecretLength = 8;

    private readonly string[] _secrets;

    public SecretRedactor(IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        _secrets = [.. secrets
            .OfType<string>()
            .SelectMany(s => new[] { s, Uri.EscapeDataString(s) })
            .Where(s => s.Length >= MinimumSecretLength)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)]; // a longer form first, so no part of it is left behind
    }

    /// <summary>True when the text carries a secret.</summary>
    public bool Reveals(string? text) =>
        !string.IsNullOrEmpty(text) && _secrets.Any(s => text.Contains(s, StringComparison.Ordinal));

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The exception as text for a log (type, message, inner exceptions and stack), secrets removed.</summary>
    public string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Redact(exception.ToString());
    }
}
