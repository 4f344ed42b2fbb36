using BriefingBot.Core.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Webhook mode: serves <see cref="TelegramWebhookEndpoint"/> (on a listener of its own at
/// <c>Telegram:Webhook:ListenUrl</c>, unless the host's shared listener serves it) and tells Telegram where to post.
/// </summary>
internal sealed partial class TelegramWebhookService(
    ITelegramBotClient bot,
    TelegramBotSetup setup,
    TelegramWebhookEndpoint endpoint,
    TelegramWebhookListener listener,
    PlatformConnectivity connectivity,
    IOptions<TelegramOptions> options,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    public const string SecretHeader = TelegramWebhookEndpoint.SecretHeader;

    // Edits of questions are answered by editing the answer (TelegramEditedQuestions).
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    /// <summary>The address the webhook's own listener bound to (useful when the configured port is 0); null on the shared listener.</summary>
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

        WebApplication? app = null;
        if (!listener.SharedWithHost)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls(webhook.ListenUrl);
            app = builder.Build();
            endpoint.Map(app);
            await app.StartAsync(stoppingToken).ConfigureAwait(false);
            ListeningOn = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).FirstOrDefault();
        }

        using var onStop = stoppingToken.Register(() => endpoint.StopAfter(settings.ShutdownGrace));
        try
        {
            await setup.RetryForeverAsync(
                ct => bot.SetWebhook(publicUrl.ToString(), allowedUpdates: AllowedUpdates, secretToken: webhook.SecretToken, cancellationToken: ct),
                "setWebhook",
                stoppingToken).ConfigureAwait(false);
            connectivity.Connected(TelegramMessageTranslator.Platform);
            LogListening(publicUrl.GetLeftPart(UriPartial.Path), listener.SharedWithHost ? "the host's HTTP listener" : webhook.ListenUrl);
            try
            {
                await Task.Delay(Timeout.Infinite, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Shutting down.
            }
        }
        finally
        {
            connectivity.Disconnected(TelegramMessageTranslator.Platform, "stopped");
            if (app is not null)
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
                await app.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: webhook {PublicUrl} set, listening on {ListenUrl}")]
    private partial void LogListening(string publicUrl, string listenUrl);
}
