using System.Globalization;
using BriefingBot.Adapters;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BriefingBot.Telegram;

/// <summary>
/// Tells the chats in <c>Telegram:AnnounceChatIds</c> about a newly added briefing (title and sections), in the
/// core's words and language (<see cref="BriefingAnnouncements"/>): a shared briefing in all of them, a community's only in that community's chats (and in the announce
/// chats configured or chosen for the community). The sends go through the send queue in the background, so the poster's confirmation never waits
/// on another chat's flood limits.
/// </summary>
internal sealed partial class TelegramAnnouncer(
    ITelegramBotClient bot,
    TelegramSendQueue queue,
    IOptions<TelegramOptions> options,
    CommunityDirectory communities,
    BriefingAnnouncements announcements,
    IHostApplicationLifetime lifetime,
    SecretRedactor redactor,
    ILogger<TelegramAnnouncer> logger) : IBriefingAnnouncer
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public Task AnnounceAsync(Briefing briefing, BriefingOrigin origin, CancellationToken cancellationToken)
    {
        // A Telegram chat id is its group's id, so the core can tell which community a configured chat belongs to.
        var chats = announcements
            .Chats(
                briefing,
                origin,
                TelegramMessageTranslator.Platform,
                options.Value.AnnounceChatIds.Select(id => id.ToString(CultureInfo.InvariantCulture)),
                chat => communities.CommunityOf(TelegramMessageTranslator.Platform, chat))
            .Select(chat => long.TryParse(chat, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
            .OfType<long>()
            .Distinct()
            .ToList();
        if (chats.Count == 0)
        {
            return Task.CompletedTask;
        }

        var messages = TelegramReplyRenderer.Render(announcements.For(briefing));
        foreach (var chatId in chats)
        {
            _ = SendAsync(chatId, messages, briefing.Id, lifetime.ApplicationStopping);
        }

        return Task.CompletedTask;
    }

    private async Task SendAsync(long chatId, IReadOnlyList<TelegramOutgoingMessage> messages, string briefingId, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var outgoing in messages)
            {
                // Negative ids are groups and channels in Telegram, which have the stricter per-group limit.
                await queue.SendAsync(
                    chatId,
                    isGroup: chatId < 0,
                    ct => bot.SendMessage(chatId, outgoing.Html, ParseMode.Html, linkPreviewOptions: NoPreview, cancellationToken: ct),
                    cancellationToken).ConfigureAwait(false);
            }

            LogAnnounced(briefingId, chatId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAnnounceFailed(briefingId, chatId, redactor.Redact(ex.Message));
        }
        catch (OperationCanceledException)
        {
            // Shutting down: an announcement is not worth delaying it.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: briefing {BriefingId} announced in chat {ChatId}")]
    private partial void LogAnnounced(string briefingId, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: briefing {BriefingId} could not be announced in chat {ChatId}: {Error}")]
    private partial void LogAnnounceFailed(string briefingId, long chatId, string error);
}
