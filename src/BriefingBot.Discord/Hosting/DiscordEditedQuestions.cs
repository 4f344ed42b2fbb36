using System.Net;
using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Client.Rest;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// MESSAGE_UPDATE: the core decides whether an edit replaces an answer (<see cref="ChatEngine.HandleEditAsync"/>), and this
/// carries it out with Edit Message on the bot's own messages (content, embeds and buttons, pinging nobody). An answer that
/// now takes fewer messages deletes the rest; one that takes more posts them after, replying to the question. Updates that
/// do not carry the message (partial ones: an embed unfurled) and the bot's own messages are dropped at once.
/// </summary>
internal sealed partial class DiscordEditedQuestions(
    ChatEngine engine,
    DiscordMessageTranslator translator,
    DiscordChannelDirectory channels,
    DiscordReplyRenderer renderer,
    DiscordRestClient rest,
    IOptions<DiscordAdapterOptions> options,
    ILogger<DiscordEditedQuestions> logger) : IDisposable
{
    // Re-answering searches like answering; edits are bounded apart so a burst of them never holds up new questions.
    private readonly SemaphoreSlim _answering = new(options.Value.MaxConcurrentAnswers);

    /// <summary>Quick and synchronous: the work to do for this update, or null when it cannot be an edited question.</summary>
    public Func<CancellationToken, Task>? Accept(MessageUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.AsMessage() is not { } message || translator.FromMessage(message) is null)
        {
            return null;
        }

        return ct => ReplaceAsync(message, ct);
    }

    public void Dispose() => _answering.Dispose();

    private async Task ReplaceAsync(Message message, CancellationToken cancellationToken)
    {
        try
        {
            // In a thread, whether the words are a question depends on its channel (a thread of the ask channel), as for a new message.
            var place = message.GuildId is null ? null : await channels.ResolveAsync(message.ChannelId, cancellationToken).ConfigureAwait(false);
            if (translator.FromMessage(message, place) is not { } edited)
            {
                return;
            }

            ReplyReplacement? replacement;
            await _answering.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                replacement = await engine.HandleEditAsync(edited, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _answering.Release();
            }

            if (replacement is null)
            {
                return;
            }

            var rendered = renderer.Render(replacement.Reply);
            var previous = replacement.MessageIds;
            var sent = await ReplyParts.ReplaceAsync(
                previous,
                rendered,
                (id, outgoing, ct) => TryEditAsync(message.ChannelId, id, outgoing, ct),
                async (outgoing, ct) =>
                {
                    // More messages than before, or the earlier one was deleted meanwhile: post it, replying to the question.
                    var replyTo = new MessageReference { MessageId = message.Id, ChannelId = message.ChannelId, GuildId = message.GuildId, FailIfNotExists = false };
                    return (await rest.CreateMessageAsync(message.ChannelId, outgoing.ToMessageCreate(replyTo), ct).ConfigureAwait(false)).Id;
                },
                (id, ct) => DeleteAsync(message.ChannelId, id, ct),
                cancellationToken).ConfigureAwait(false);

            // Replies to these messages now follow up the new answer, and a further edit replaces them.
            engine.Delivered(edited, replacement.Reply, sent);
            LogReplaced(message.Id, previous.Count, rendered.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, message.Id);
        }
    }

    /// <summary>Edits one of the bot's messages; false when it is gone (Unknown Message), so the caller posts instead.</summary>
    private async Task<bool> TryEditAsync(string channelId, string messageId, DiscordOutgoingMessage outgoing, CancellationToken cancellationToken)
    {
        try
        {
            await rest.EditMessageAsync(channelId, messageId, outgoing.ToMessageEdit(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DiscordRestException ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            LogEditedMessageGone(messageId);
            return false;
        }
    }

    private async Task DeleteAsync(string channelId, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await rest.DeleteMessageAsync(channelId, messageId, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException ex)
        {
            // A part of the old answer left behind is untidy, not wrong: the new answer is out.
            LogDeleteFailed(messageId, (int)ex.StatusCode);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord: the answer to edited message {Id} replaced ({Before} messages before, {After} now)")]
    private partial void LogReplaced(string id, int before, int after);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: message {MessageId} of an edited question's answer is gone; the new answer is posted instead")]
    private partial void LogEditedMessageGone(string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: message {MessageId} of an edited question's old answer could not be deleted ({StatusCode})")]
    private partial void LogDeleteFailed(string messageId, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: could not replace the answer to edited message {Id}")]
    private partial void LogFailed(Exception exception, string id);
}
