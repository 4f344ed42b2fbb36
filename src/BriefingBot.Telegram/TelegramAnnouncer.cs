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
/// Tells Telegram chats about a newly added briefing: the chats of <c>Telegram:AnnounceChatIds</c> that may see it and
/// the community's announce chats, as the core chooses them, in the core's words and language. The sends go through
/// the send queue, so the poster's confirmation never waits on another chat's flood limits.
/// </summary>
internal sealed partial class TelegramAnnouncer(
    ITelegramBotClient bot,
    TelegramSendQueue queue,
    IOptions<TelegramOptions> options,
    CommunityDirectory communities,
    BriefingAnnouncements announcements,
    IHostApplicationLifetime lifetime,
    SecretRedactor redactor,
    ILogger<TelegramAnnouncer> logger) : PlatformAnnouncer<long, TelegramOutgoingMessage>(announcements, lifetime)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    // A Telegram chat id is its group's id, so the core can tell which community a configured chat belongs to.
    protected override IReadOnlyList<long> Chats(Briefing briefing, BriefingOrigin origin) =>
        Announcements
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

    protected override IReadOnlyList<TelegramOutgoingMessage> Render(ChatReply reply) => TelegramReplyRenderer.Render(reply);

    // Negative ids are groups and channels in Telegram, which have the stricter per-group limit.
    protected override Task SendAsync(long chatId, TelegramOutgoingMessage message, CancellationToken cancellationToken) =>
        queue.SendAsync(
            chatId,
            isGroup: chatId < 0,
            ct => bot.SendMessage(chatId, message.Html, ParseMode.Html, linkPreviewOptions: NoPreview, cancellationToken: ct),
            cancellationToken);

    protected override void LogAnnounced(string briefingId, long chat) => LogAnnouncedIn(briefingId, chat);

    protected override void LogAnnounceFailed(string briefingId, long chat, Exception exception) =>
        LogAnnounceFailedIn(briefingId, chat, redactor.Redact(exception.Message));

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram: briefing {BriefingId} announced in chat {ChatId}")]
    private partial void LogAnnouncedIn(string briefingId, long chatId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: briefing {BriefingId} could not be announced in chat {ChatId}: {Error}")]
    private partial void LogAnnounceFailedIn(string briefingId, long chatId, string error);
}
