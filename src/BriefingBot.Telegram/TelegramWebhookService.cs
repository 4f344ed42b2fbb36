using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Webhook mode: a minimal HTTP endpoint that Telegram posts updates to. Requests without the configured
/// <c>X-Telegram-Bot-Api-Secret-Token</c> are refused; an update is answered before the response, which is
/// always 200 once the secret matched, so one bad update is not redelivered forever.
/// </summary>
public sealed partial class TelegramWebhookService(
    ITelegramBotClient bot,
    TelegramBotSetup setup,
    TelegramUpdateHandler handler,
    TelegramUpdateReader reader,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    // Far more than Telegram keeps in flight (it redelivers for up to a day, but only what was not acknowledged).
    private readonly RecentUpdateIds _recent = new(capacity: 10_000);

    /// <summary>The address the listener bound to (useful when the configured port is 0).</summary>
    public Uri? ListeningOn { get; private set; }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => setup.RunAsync(ListenAsync, stoppingToken);

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var webhook = settings.Webhook;
        if (string.IsNullOrWhiteSpace(webhook.SecretToken))
        {
            throw new InvalidOperationException("Telegram webhook mode needs Telegram:Webhook:SecretToken.");
        }

        var publicUrl = new Uri(webhook.Url!);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(webhook.ListenUrl);
        await using var app = builder.Build();
        var expected = Encoding.UTF8.GetBytes(webhook.SecretToken);
        using var drain = new CancellationTokenSource();
        using var onStop = stoppingToken.Register(() => drain.CancelAfter(settings.ShutdownGrace));
        app.MapPost(publicUrl.AbsolutePath, async (HttpContext context) =>
        {
            var given = Encoding.UTF8.GetBytes(context.Request.Headers[SecretHeader].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, expected))
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

            if (update is not null && !_recent.TryTake(update.Id))
            {
                LogRepeat(update.Id);
            }
            else if (update is not null)
            {
                await handler.HandleAsync(update, drain.Token).ConfigureAwait(false);
            }

            return Results.Ok();
        });

        await app.StartAsync(stoppingToken).ConfigureAwait(false);
        ListeningOn = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).FirstOrDefault();
        await setup.RetryForeverAsync(
            ct => bot.SetWebhook(publicUrl.ToString(), allowedUpdates: AllowedUpdates, secretToken: webhook.SecretToken, cancellationToken: ct),
            "setWebhook",
            stoppingToken).ConfigureAwait(false);
        LogListening(publicUrl.GetLeftPart(UriPartial.Path), webhook.ListenUrl);
        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }

        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: webhook {PublicUrl} set, listening on {ListenUrl}")]
    private partial void LogListening(string publicUrl, string listenUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: update {UpdateId} delivered again; already taken in, not answered twice")]
    private partial void LogRepeat(int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: a webhook request with the secret carried {Length} bytes that are not an update; refused")]
    private partial void LogNotAnUpdate(long length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: refused a webhook request without the secret token from {RemoteAddress}")]
    private partial void LogRefused(string? remoteAddress);
}
