using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefingBot.Adapters;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram;

/// <summary>
/// The webhook route Telegram posts updates to, mapped on whichever HTTP listener serves it (the webhook's own,
/// or the host's shared one). Requests without the configured <c>X-Telegram-Bot-Api-Secret-Token</c> are
/// refused; an update is answered before the response, which is always 200 once the secret matched, so one bad
/// update is not redelivered forever.
/// </summary>
internal sealed partial class TelegramWebhookEndpoint(
    TelegramUpdateHandler handler,
    TelegramUpdateReader reader,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookEndpoint> logger) : IDisposable
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // Far more than Telegram keeps in flight (it redelivers for up to a day, but only what was not acknowledged).
    private readonly RecentIds<int> _recent = new(capacity: 10_000);

    // Cancelled a grace period after shutdown starts, so replies already on their way can still go out.
    private readonly CancellationTokenSource _drain = new();

    /// <summary>The path of the public webhook URL, which is also the route on the listener.</summary>
    public string Path => new Uri(options.Value.Webhook.Url!).AbsolutePath;

    public IEndpointConventionBuilder Map(IEndpointRouteBuilder routes) => routes.MapPost(Path, (Delegate)HandleAsync);

    /// <summary>Gives updates being answered <paramref name="grace"/> to finish, then cancels them.</summary>
    public void StopAfter(TimeSpan grace) => _drain.CancelAfter(grace);

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        var expected = Encoding.UTF8.GetBytes(options.Value.Webhook.SecretToken ?? string.Empty);
        var given = Encoding.UTF8.GetBytes(context.Request.Headers[SecretHeader].ToString());
        if (expected.Length == 0 || !CryptographicOperations.FixedTimeEquals(given, expected))
        {
            LogRefused(context.Connection.RemoteIpAddress?.ToString());
            return Results.Unauthorized();
        }

        Update? update;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        try
        {
            update = JsonSerializer.Deserialize<Update>(body.GetBuffer().AsSpan(0, (int)body.Length), JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            // An update the bot cannot read is acknowledged (logged by its id), or Telegram would deliver it
            // again and again; a body that is no update at all is refused.
            update = reader.ReadOne(body.GetBuffer().AsMemory(0, (int)body.Length), out var isUpdate);
            if (!isUpdate)
            {
                LogNotAnUpdate(body.Length);
                return Results.BadRequest();
            }
        }

        if (update is not null && !_recent.TryAdd(update.Id))
        {
            LogRepeat(update.Id);
        }
        else if (update is not null)
        {
            await handler.HandleAsync(update, _drain.Token).ConfigureAwait(false);
        }

        return Results.Ok();
    }

    public void Dispose() => _drain.Dispose();

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: update {UpdateId} delivered again; already taken in, not answered twice")]
    private partial void LogRepeat(int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: a webhook request with the secret carried {Length} bytes that are not an update; refused")]
    private partial void LogNotAnUpdate(long length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: refused a webhook request without the secret token from {RemoteAddress}")]
    private partial void LogRefused(string? remoteAddress);
}

/// <summary>Whether the webhook route is served by the host's shared HTTP listener instead of a listener of its own.</summary>
public sealed record TelegramWebhookListener(bool SharedWithHost);
