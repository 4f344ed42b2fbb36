using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Client.Rest;
using BriefingBot.Discord.Interactions;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Answers one Discord event: translate it, let the chat engine decide the reply, render it and send it the way
/// the event needs (a reply to the message, or an interaction response within Discord's 3 seconds).
/// Every message and interaction is answered at most once, even if the gateway delivers it twice.
/// </summary>
internal sealed partial class DiscordEventHandler(
    ChatEngine engine,
    DiscordMessageTranslator translator,
    DiscordChannelDirectory channels,
    DiscordReplyRenderer renderer,
    DiscordRestClient rest,
    IOptions<DiscordAdapterOptions> options,
    ILogger<DiscordEventHandler> logger)
{
    private readonly RecentIds<string> _answered = new(options.Value.AnsweredIdMemory);

    // Bounds searching only, never an acknowledgement: interactions are acknowledged (or deferred) before any
    // wait, and commands that do not search (help, listings, posting a briefing) do not take a slot at all.
    private readonly SemaphoreSlim _answering = new(options.Value.MaxConcurrentAnswers);

    /// <summary>Quick and synchronous: decides whether the message needs an answer and claims it, so a replay is dropped.</summary>
    public Func<CancellationToken, Task>? Accept(Message message)
    {
        if (message.GuildId is not null && !channels.TryFind(message.ChannelId, out _))
        {
            // A channel the gateway never described (a thread made while the bot was away): whether it is a thread of the
            // ask channel decides whether the message is for the bot, so that is asked of Discord first, off the gateway's path.
            return translator.FromMessage(message) is null || !Claim("message", message.Id)
                ? null
                : ct => AnswerOnceKnownAsync(message, ct);
        }

        channels.TryFind(message.ChannelId, out var place);
        var incoming = translator.FromMessage(message, place);

        // Most guild chatter is not for the bot; the core says which is (a mention, a reply, the ask channel).
        if (incoming is null || engine.Parse(incoming).Kind == ChatCommandKind.None || !Claim("message", message.Id))
        {
            return null;
        }

        return ct => AnswerMessageAsync(message, incoming, ct);
    }

    /// <inheritdoc cref="Accept(Message)"/>
    public Func<CancellationToken, Task>? Accept(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);

        // Discord sends the channel with the interaction (in a thread, with its parent): no look-up within the 3 seconds.
        if (interaction.Channel is { } channel && interaction.GuildId is { } guild)
        {
            channels.Learn(channel, guild);
        }

        DiscordChannelPlace? place = null;
        if (interaction.ChannelId is { } channelId && channels.TryFind(channelId, out var known))
        {
            place = known;
        }

        var incoming = translator.FromInteraction(interaction, place);
        if (incoming is null || !Claim("interaction", interaction.Id))
        {
            return null;
        }

        return ct => AnswerInteractionAsync(interaction, incoming, ct);
    }

    private bool Claim(string kind, string id)
    {
        if (_answered.TryAdd(kind + ":" + id))
        {
            return true;
        }

        LogDuplicate(kind, id);
        return false;
    }

    private async Task AnswerOnceKnownAsync(Message message, CancellationToken cancellationToken)
    {
        var place = await channels.ResolveAsync(message.ChannelId, cancellationToken).ConfigureAwait(false);
        var incoming = translator.FromMessage(message, place);
        if (incoming is not null && engine.Parse(incoming).Kind != ChatCommandKind.None)
        {
            await AnswerMessageAsync(message, incoming, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AnswerMessageAsync(Message message, IncomingMessage incoming, CancellationToken cancellationToken)
    {
        try
        {
            // A search can take a moment: "typing…" shows in the channel or thread the question was asked in.
            if (engine.Searches(incoming))
            {
                await SendTypingAsync(message.ChannelId, cancellationToken).ConfigureAwait(false);
            }

            var reply = await AskEngineAsync(incoming, cancellationToken).ConfigureAwait(false);
            if (reply.IsEmpty)
            {
                return;
            }

            var replyTo = new MessageReference
            {
                MessageId = message.Id,
                ChannelId = message.ChannelId,
                GuildId = message.GuildId,
                FailIfNotExists = false,
            };
            var rendered = renderer.Render(reply);
            var sent = new List<string>(rendered.Count);
            for (var i = 0; i < rendered.Count; i++)
            {
                var posted = await rest.CreateMessageAsync(message.ChannelId, rendered[i].ToMessageCreate(i == 0 ? replyTo : null), cancellationToken).ConfigureAwait(false);
                sent.Add(posted.Id);
            }

            // A member replying to any of these messages follows up this answer.
            engine.Delivered(incoming, reply, sent);

            LogAnswered("message", message.Id, rendered.Count);
        }
        catch (Exception ex) when (DiscordRefusals.Describe(ex) is { } reason)
        {
            // The channel's setup refused it (an archived thread, a missing permission): the operator's to fix, no stack trace.
            LogRefused(message.Id, message.ChannelId, reason);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(ex, "message", message.Id);
        }
    }

    private async Task SendTypingAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Only a courtesy: the answer goes out without it.
            LogTypingFailed(channelId, ex.GetType().Name);
        }
    }

    private async Task AnswerInteractionAsync(Interaction interaction, IncomingMessage incoming, CancellationToken cancellationToken)
    {
        try
        {
            var sent = interaction.Type != InteractionType.MessageComponent
                ? await AnswerCommandAsync(interaction, incoming, cancellationToken).ConfigureAwait(false)
                : engine.Parse(incoming).Kind == ChatCommandKind.Vote
                    ? await AnswerVoteAsync(interaction, incoming, cancellationToken).ConfigureAwait(false)
                    : await AnswerButtonAsync(interaction, incoming, cancellationToken).ConfigureAwait(false);
            LogAnswered("interaction", interaction.Id, sent);
        }
        catch (DiscordRestException ex) when ((int)ex.StatusCode is 429 or >= 500)
        {
            // Discord kept refusing within the time the interaction's token allows: the member gets no answer.
            LogInteractionDropped(interaction.Id, (int)ex.StatusCode, ex.Route);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(ex, "interaction", interaction.Id);
        }
    }

    private async Task<int> AnswerCommandAsync(Interaction interaction, IncomingMessage incoming, CancellationToken cancellationToken)
    {
        if (engine.AnswersAtOnce(incoming))
        {
            var quick = Render(await AskEngineAsync(incoming, cancellationToken).ConfigureAwait(false), incoming);
            await rest.CreateInteractionResponseAsync(interaction, InteractionResponse.Message(quick[0].ToCallbackData()), cancellationToken).ConfigureAwait(false);
            await FollowUpAsync(interaction, quick.Skip(1), cancellationToken).ConfigureAwait(false);
            return quick.Count;
        }

        // Searching can take longer than Discord's 3 seconds: acknowledge first ("thinking…"), then fill it in.
        await rest.CreateInteractionResponseAsync(interaction, InteractionResponse.Deferred(), cancellationToken).ConfigureAwait(false);
        var reply = await AskEngineAsync(incoming, cancellationToken).ConfigureAwait(false);
        var rendered = Render(reply, incoming);
        var original = await rest.EditOriginalInteractionResponseAsync(interaction, rendered[0].ToMessageCreate(), cancellationToken).ConfigureAwait(false);
        var sent = await FollowUpAsync(interaction, rendered.Skip(1), cancellationToken).ConfigureAwait(false);
        engine.Delivered(incoming, reply, [original.Id, .. sent]);
        return rendered.Count;
    }

    /// <summary>
    /// A button press: acknowledged without changing the message (type 6), the next passages go out as follow-ups,
    /// and the pressed button is removed once it has delivered, so it cannot be pressed for the same page again; the
    /// message's other buttons (👍/👎) stay.
    /// </summary>
    private async Task<int> AnswerButtonAsync(Interaction interaction, IncomingMessage incoming, CancellationToken cancellationToken)
    {
        await rest.CreateInteractionResponseAsync(interaction, InteractionResponse.DeferredUpdate(), cancellationToken).ConfigureAwait(false);
        var reply = await AskEngineAsync(incoming, cancellationToken).ConfigureAwait(false);
        if (reply.IsEmpty)
        {
            return 0;
        }

        var rendered = renderer.Render(reply);
        engine.Delivered(incoming, reply, await FollowUpAsync(interaction, rendered, cancellationToken).ConfigureAwait(false));
        if (reply.Blocks.Any(b => b is PassageBlock))
        {
            var remaining = WithoutButton(interaction.Message?.Components ?? [], interaction.Data?.CustomId);
            await rest.EditOriginalInteractionResponseAsync(interaction, new MessageCreate { Components = remaining, AllowedMentions = AllowedMentions.None }, cancellationToken).ConfigureAwait(false);
        }

        return rendered.Count;
    }

    /// <summary>The message's action rows without the pressed button; a row left empty goes too (Discord refuses empty rows).</summary>
    private static List<MessageComponent> WithoutButton(IReadOnlyList<MessageComponent> rows, string? customId) =>
        [.. rows
            .Select(row => row with { Components = [.. (row.Components ?? []).Where(c => c.CustomId != customId)] })
            .Where(row => row.Components!.Count > 0)];

    /// <summary>
    /// A 👍/👎 press: the core records it and its acknowledgement goes back as an ephemeral note only the presser
    /// sees; the message and its buttons stay as they are.
    /// </summary>
    private async Task<int> AnswerVoteAsync(Interaction interaction, IncomingMessage incoming, CancellationToken cancellationToken)
    {
        var reply = await engine.HandleAsync(incoming, cancellationToken).ConfigureAwait(false);
        var text = string.Join("\n", reply.Blocks.OfType<TextBlock>().Select(b => b.Text));
        var data = new InteractionCallbackData { Content = DiscordMarkdown.Escape(text), Flags = InteractionCallbackData.Ephemeral, AllowedMentions = AllowedMentions.None };
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, InteractionResponse.Message(data), cancellationToken).ConfigureAwait(false);
        return 1;
    }

    /// <summary>Posts the messages as the interaction's follow-ups and returns their ids.</summary>
    private async Task<List<string>> FollowUpAsync(Interaction interaction, IEnumerable<DiscordOutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var sent = new List<string>();
        foreach (var message in messages)
        {
            sent.Add((await rest.CreateFollowupMessageAsync(interaction, message.ToMessageCreate(), cancellationToken).ConfigureAwait(false)).Id);
        }

        return sent;
    }

    private async Task<ChatReply> AskEngineAsync(IncomingMessage incoming, CancellationToken cancellationToken)
    {
        if (!engine.Searches(incoming))
        {
            return await engine.HandleAsync(incoming, cancellationToken).ConfigureAwait(false);
        }

        await _answering.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await engine.HandleAsync(incoming, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _answering.Release();
        }
    }

    /// <summary>An interaction must be answered with something: a reply the core left empty becomes its "unknown command".</summary>
    private IReadOnlyList<DiscordOutgoingMessage> Render(ChatReply reply, IncomingMessage incoming)
    {
        var rendered = renderer.Render(reply);
        return rendered.Count > 0
            ? rendered
            : renderer.Render(ChatReply.Text(ChatTexts.For(incoming.Language).UnknownCommand, incoming.Language, TextRole.Notice));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord: {Kind} {Id} answered with {MessageCount} messages")]
    private partial void LogAnswered(string kind, string id, int messageCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: {Kind} {Id} was already answered; ignoring the repeat")]
    private partial void LogDuplicate(string kind, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: the answer to interaction {Id} was dropped: Discord kept refusing {Route} ({StatusCode}) within the time the interaction allows")]
    private partial void LogInteractionDropped(string id, int statusCode, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: the answer to message {Id} was not posted in channel {ChannelId}: {Reason}")]
    private partial void LogRefused(string id, string channelId, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord: typing… could not be shown in channel {ChannelId} ({Error})")]
    private partial void LogTypingFailed(string channelId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: could not send the answer to {Kind} {Id}")]
    private partial void LogSendFailed(Exception exception, string kind, string id);
}
