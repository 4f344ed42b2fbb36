using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Discord.Client.Rest;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Tells Discord channels about a newly added briefing: the channels of <c>Discord:AnnounceChannelIds</c> for a shared
/// briefing and the community's announce channels, as the core chooses them, in the core's words and language, pinging
/// nobody. Sends go through the rate-limited REST client.
/// </summary>
internal sealed partial class DiscordAnnouncer(
    DiscordRestClient rest,
    DiscordReplyRenderer renderer,
    IOptions<DiscordAdapterOptions> options,
    BriefingAnnouncements announcements,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordAnnouncer> logger) : PlatformAnnouncer<string, DiscordOutgoingMessage>(announcements, lifetime)
{
    // A configured channel's guild is not known without asking Discord, so configured channels hear of shared
    // briefings only (no community look-up); a community's briefing goes to its own announce channels.
    protected override IReadOnlyList<string> Chats(Briefing briefing, BriefingOrigin origin) =>
        Announcements.Chats(briefing, origin, DiscordMessageTranslator.Platform, options.Value.AnnounceChannelIds, communityOfChat: null);

    protected override IReadOnlyList<DiscordOutgoingMessage> Render(ChatReply reply) => renderer.Render(reply);

    protected override Task SendAsync(string channelId, DiscordOutgoingMessage message, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(channelId, message.ToMessageCreate(), cancellationToken);

    protected override void LogAnnounced(string briefingId, string chat) => LogAnnouncedIn(briefingId, chat);

    // Why, in words, when the channel's setup refused it (an archived thread, a missing permission); otherwise the
    // exception's type only: REST errors carry request details that are not for logs.
    protected override void LogAnnounceFailed(string briefingId, string chat, Exception exception) =>
        LogAnnounceFailedIn(briefingId, chat, DiscordRefusals.Describe(exception) ?? exception.GetType().Name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: briefing {BriefingId} announced in channel {ChannelId}")]
    private partial void LogAnnouncedIn(string briefingId, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: briefing {BriefingId} could not be announced in channel {ChannelId} ({Error})")]
    private partial void LogAnnounceFailedIn(string briefingId, string channelId, string error);
}
