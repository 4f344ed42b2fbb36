using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Core.Chat;

/// <summary>
/// Announces new briefings on one platform. The core chooses the chats and the words (<see cref="BriefingAnnouncements"/>);
/// the platform says which chats it has, renders the reply and sends one message. Sends run in the background, one
/// chat after another's failure unaffected, so the poster's confirmation never waits on them; shutting down drops them.
/// </summary>
/// <typeparam name="TChat">How the platform names a chat.</typeparam>
/// <typeparam name="TMessage">One rendered message of the platform.</typeparam>
public abstract class PlatformAnnouncer<TChat, TMessage>(BriefingAnnouncements announcements, IHostApplicationLifetime lifetime) : IBriefingAnnouncer
{
    protected BriefingAnnouncements Announcements => announcements;

    public Task AnnounceAsync(Briefing briefing, BriefingOrigin origin, CancellationToken cancellationToken)
    {
        var chats = Chats(briefing, origin);
        if (chats.Count == 0)
        {
            return Task.CompletedTask;
        }

        var messages = Render(announcements.For(briefing));
        foreach (var chat in chats)
        {
            _ = SendAllAsync(chat, messages, briefing.Id, lifetime.ApplicationStopping);
        }

        return Task.CompletedTask;
    }

    /// <summary>The chats to tell, from <see cref="BriefingAnnouncements.Chats"/>.</summary>
    protected abstract IReadOnlyList<TChat> Chats(Briefing briefing, BriefingOrigin origin);

    protected abstract IReadOnlyList<TMessage> Render(ChatReply reply);

    protected abstract Task SendAsync(TChat chat, TMessage message, CancellationToken cancellationToken);

    protected abstract void LogAnnounced(string briefingId, TChat chat);

    /// <summary>Logs a failed announcement; what of the exception may be logged is the platform's to say.</summary>
    protected abstract void LogAnnounceFailed(string briefingId, TChat chat, Exception exception);

    private async Task SendAllAsync(TChat chat, IReadOnlyList<TMessage> messages, string briefingId, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var message in messages)
            {
                await SendAsync(chat, message, cancellationToken).ConfigureAwait(false);
            }

            LogAnnounced(briefingId, chat);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: an announcement is not worth delaying it.
        }
        catch (Exception ex)
        {
            LogAnnounceFailed(briefingId, chat, ex);
        }
    }
}
