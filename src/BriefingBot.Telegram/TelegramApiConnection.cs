using Telegram.Bot;

namespace BriefingBot.Telegram;

/// <summary>
/// The Bot API endpoint and the one HttpClient every call to it goes through: the Telegram.Bot client's and the
/// few raw calls the bot makes itself (reading a batch the client could not deserialise).
/// </summary>
internal sealed class TelegramApiConnection(TelegramBotClientOptions options, HttpClient http) : IDisposable
{
    public TelegramBotClientOptions Options { get; } = options;

    public HttpClient Http { get; } = http;

    /// <summary>The URL of a Bot API method. It carries the token: never log it.</summary>
    public Uri MethodUrl(string method) => new(Options.BaseRequestUrl.TrimEnd('/') + "/" + method);

    public void Dispose() => Http.Dispose();
}
