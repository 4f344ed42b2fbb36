namespace BriefingBot.Operations;

/// <summary>The host's HTTP listener (health, readiness, metrics, and the Telegram webhook when that is on).</summary>
public sealed class HttpListenerOptions
{
    public const string Section = "BriefingBot:Http";

    /// <summary>Where to listen, e.g. <c>http://0.0.0.0:8080</c>. Unset (the default): no listener.</summary>
    public string? ListenUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ListenUrl);
}
