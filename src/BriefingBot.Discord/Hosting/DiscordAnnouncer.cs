using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Discord.Client.Rest;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Tells the channels in <c>Discord:AnnounceChannelIds</c> about a newly added shared briefing, and a community's
/// announce channel about the community's own, (title and sections), in
/// the core's words and language (<see cref="BriefingAnnouncements"/>) and pinging nobody. Sends run in the background through the rate-limited REST client, so the
/// poster's confirmation never waits on them.
/// </summary>
internal sealed partial class DiscordAnnouncer(
    DiscordRestClient rest,
    DiscordReplyRenderer renderer,
    IOptions<DiscordAdapterOptions> options,
    BriefingAnnouncements announcements,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordAnnouncer> logger) : IBriefingAnnouncer
{
    public Task AnnounceAsync(Briefing briefing, BriefingOrigin origin, CancellationToken cancellationToken)
    {
        // A configured channel's guild is not known without asking Discord, so configured channels hear of shared
        // briefings only (no community look-up); a community's briefing goes to its own announce channels.
        var channels = announcements.Chats(briefing, origin, DiscordMessageTranslator.Platform, options.Value.AnnounceChannelIds, communityOfChat: null);
        if (channels.Count == 0)
        {
            return Task.CompletedTask;
        }

        var messages = renderer.Render(announcements.For(briefing));
        foreach (var channel in channels)
        {
            _ = SendAsync(channel, messages, briefing.Id, lifetime.ApplicationStopping);
        }

        return Task.CompletedTask;
    }

    private async Task SendAsync(string channelId, IReadOnlyList<DiscordOutgoingMessage> messages, string briefingId, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var message in messages)
            {
                await rest.CreateMessageAsync(channelId, message.ToMessageCreate(), cancellationToken).ConfigureAwait(false);
            }

            LogAnnounced(briefingId, channelId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: an announcement is not worth delaying it.
        }
        catch (Exception ex)
        {
            // The exception's type and status only: REST errors carry request details that are not for logs.
            LogAnnounceFailed(briefingId, channelId, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: briefing {BriefingId} announced in channel {ChannelId}")]
    private partial void LogAnnounced(string briefingId, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: briefing {BriefingId} could not be announced in channel {ChannelId} ({Error})")]
    private partial void LogAnnounceFailed(string briefingId, string channelId, string error);
}
