using System.Text.Json;
using System.Threading.Channels;
using BriefingBot.Adapters;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Client.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Channel = BriefingBot.Discord.Client.Models.Channel;

namespace BriefingBot.Discord.Client.Gateway;

/// <summary>
/// A single-shard gateway connection that keeps itself alive: heartbeats, zombie detection,
/// RESUME after drops, fresh IDENTIFY when the session is gone, and exactly-once delivery of
/// dispatches across resumes.
/// </summary>
/// <remarks>
/// Handlers run one at a time, in gateway order, on a task separate from the socket, so a slow
/// handler delays later events but never heartbeats. Offload long work from handlers.
/// A handler exception is logged and does not stop the client.
/// </remarks>
public sealed class DiscordGatewayClient
{
    private readonly DiscordClientOptions _options;
    private readonly DiscordRestClient _rest;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly GatewaySession _session = new();
    private readonly IdentifyLimiter _identifyLimiter;
    private readonly HandlerList<GatewayDispatch> _dispatchHandlers = new();
    private readonly HandlerList<ReadyEvent> _readyHandlers = new();
    private readonly HandlerList<Message> _messageHandlers = new();
    private readonly HandlerList<MessageUpdate> _messageUpdateHandlers = new();
    private readonly HandlerList<Interaction> _interactionHandlers = new();
    private readonly HandlerList<GuildCreateEvent> _guildCreateHandlers = new();
    private readonly HandlerList<Channel> _threadUpsertHandlers = new();
    private readonly HandlerList<Channel> _threadDeleteHandlers = new();
    private readonly HandlerList<ThreadListSyncEvent> _threadListSyncHandlers = new();
    private readonly HandlerList<ThreadMembersUpdateEvent> _threadMembersHandlers = new();
    private int _running;

    public DiscordGatewayClient(IOptions<DiscordClientOptions> options, DiscordRestClient rest, ILogger<DiscordGatewayClient>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rest);
        _options = options.Value;
        _rest = rest;
        _logger = logger ?? NullLogger<DiscordGatewayClient>.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _identifyLimiter = new IdentifyLimiter(_options.IdentifyInterval, _timeProvider);
    }

    /// <summary>The current session id, or null before READY / after the session was invalidated.</summary>
    public string? SessionId => _session.SessionId;

    public IDisposable OnReady(Func<ReadyEvent, CancellationToken, Task> handler) => _readyHandlers.Add(handler);

    public IDisposable OnMessageCreate(Func<Message, CancellationToken, Task> handler) => _messageHandlers.Add(handler);

    /// <summary>MESSAGE_UPDATE: an edit, or an embed unfurled, a pin…; the payload may be partial (<see cref="MessageUpdate"/>).</summary>
    public IDisposable OnMessageUpdate(Func<MessageUpdate, CancellationToken, Task> handler) => _messageUpdateHandlers.Add(handler);

    public IDisposable OnInteractionCreate(Func<Interaction, CancellationToken, Task> handler) => _interactionHandlers.Add(handler);

    /// <summary>GUILD_CREATE: a guild's channels and active threads, after READY and when the bot joins a guild.</summary>
    public IDisposable OnGuildCreate(Func<GuildCreateEvent, CancellationToken, Task> handler) => _guildCreateHandlers.Add(handler);

    /// <summary>THREAD_CREATE and THREAD_UPDATE: a thread as it now is (created, changed, unarchived, or the bot added to it).</summary>
    public IDisposable OnThreadUpsert(Func<Channel, CancellationToken, Task> handler) => _threadUpsertHandlers.Add(handler);

    /// <summary>THREAD_DELETE: only the thread's id, guild_id, parent_id and type.</summary>
    public IDisposable OnThreadDelete(Func<Channel, CancellationToken, Task> handler) => _threadDeleteHandlers.Add(handler);

    public IDisposable OnThreadListSync(Func<ThreadListSyncEvent, CancellationToken, Task> handler) => _threadListSyncHandlers.Add(handler);

    public IDisposable OnThreadMembersUpdate(Func<ThreadMembersUpdateEvent, CancellationToken, Task> handler) => _threadMembersHandlers.Add(handler);

    /// <summary>
    /// Raised when a connection has ended and the client is about to connect again (or, for a fatal close, to give up).
    /// Not raised when the client stops because it was asked to. Raised on the connection loop: keep handlers quick.
    /// </summary>
    public event EventHandler<GatewayConnectionLostEventArgs>? ConnectionLost;

    /// <summary>Every dispatch, raw, including the ones with typed handlers.</summary>
    public IDisposable OnDispatch(Func<GatewayDispatch, CancellationToken, Task> handler) => _dispatchHandlers.Add(handler);

    /// <summary>
    /// Connects and keeps the connection alive until <paramref name="stoppingToken"/> is cancelled,
    /// then closes with 1000 and completes normally.
    /// </summary>
    /// <exception cref="DiscordGatewayClosedException">Discord closed with a fatal code (4004, 4010–4014).</exception>
    /// <exception cref="DiscordRestException"><c>GET /gateway/bot</c> was refused (e.g. 401 for a bad token).</exception>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("The gateway client is already running.");
        }

        var channel = System.Threading.Channels.Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var dispatcher = DeliverAsync(channel.Reader, stoppingToken);
        try
        {
            await KeepConnectedAsync(channel.Writer, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            channel.Writer.TryComplete();
            await dispatcher.ConfigureAwait(false);
            Volatile.Write(ref _running, 0);
            GatewayLog.Stopped(_logger);
        }
    }

    private async Task KeepConnectedAsync(ChannelWriter<GatewayDispatch> writer, CancellationToken stoppingToken)
    {
        var backoff = new BackoffPolicy(_options.ReconnectInitialDelay, _options.ReconnectMaxDelay).Start();
        while (!stoppingToken.IsCancellationRequested)
        {
            ConnectionOutcome outcome;
            try
            {
                outcome = await ConnectOnceAsync(writer, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException || (ex is DiscordRestException rest && IsTransient(rest)))
            {
                // A cancellation here is not ours (that case is above): HttpClient's timeout, i.e. an outage to retry.
                GatewayLog.ConnectionLost(_logger, ex);
                outcome = new ConnectionOutcome(ConnectionEnd.Resume, ReachedReady: false);
            }

            if (outcome.End != ConnectionEnd.Stopped)
            {
                ConnectionLost?.Invoke(this, new GatewayConnectionLostEventArgs(outcome.CloseCode, outcome.End == ConnectionEnd.Fatal));
            }

            switch (outcome.End)
            {
                case ConnectionEnd.Stopped:
                    return;
                case ConnectionEnd.Fatal:
                    GatewayLog.Fatal(_logger, outcome.CloseCode ?? 0);
                    throw new DiscordGatewayClosedException(outcome.CloseCode ?? 0, outcome.CloseReason);
                case ConnectionEnd.Reidentify:
                    _session.BeginNewSession();
                    break;
            }

            if (outcome.ReachedReady)
            {
                backoff.Reset();
            }

            var delay = outcome.Delay ?? backoff.Next();
            if (delay > TimeSpan.Zero)
            {
                GatewayLog.Reconnecting(_logger, (long)delay.TotalMilliseconds, backoff.Failures);
                try
                {
                    await Task.Delay(delay, _timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(ChannelWriter<GatewayDispatch> writer, CancellationToken stoppingToken)
    {
        string url;
        SessionStartLimit? startLimit = null;
        if (_session.CanResume)
        {
            url = _session.ResumeGatewayUrl!;
        }
        else if (!string.IsNullOrWhiteSpace(_options.GatewayUrl))
        {
            url = _options.GatewayUrl;
        }
        else
        {
            var info = await _rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false);
            url = info.Url;
            startLimit = info.SessionStartLimit;
        }

        var connection = new GatewayConnection(_options, _session, _identifyLimiter, writer, _logger, _timeProvider);
        return await connection.RunAsync(WithGatewayQuery(url), startLimit, stoppingToken).ConfigureAwait(false);
    }

    private static bool IsTransient(DiscordRestException ex) => (int)ex.StatusCode >= 500 || (int)ex.StatusCode == 429;

    private static Uri WithGatewayQuery(string url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;

    private async Task DeliverAsync(ChannelReader<GatewayDispatch> reader, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var dispatch in reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await _dispatchHandlers.InvokeAsync(dispatch, dispatch, _logger, stoppingToken).ConfigureAwait(false);
                switch (dispatch.Name)
                {
                    case "READY":
                        await InvokeTypedAsync(_readyHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "MESSAGE_CREATE":
                        await InvokeTypedAsync(_messageHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "GUILD_CREATE":
                        await InvokeTypedAsync(_guildCreateHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "THREAD_CREATE" or "THREAD_UPDATE":
                        await InvokeTypedAsync(_threadUpsertHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "THREAD_DELETE":
                        await InvokeTypedAsync(_threadDeleteHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "THREAD_LIST_SYNC":
                        await InvokeTypedAsync(_threadListSyncHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "THREAD_MEMBERS_UPDATE":
                        await InvokeTypedAsync(_threadMembersHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "MESSAGE_UPDATE":
                        await InvokeTypedAsync(_messageUpdateHandlers, dispatch, stoppingToken).ConfigureAwait(false);
                        break;
                    case "INTERACTION_CREATE":
                        // Stamped on arrival: the interaction's 3-second response window is measured from about now.
                        var receivedAt = _timeProvider.GetUtcNow();
                        await InvokeTypedAsync(_interactionHandlers, dispatch, stoppingToken, i => i with { ReceivedAt = receivedAt }).ConfigureAwait(false);
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: undelivered events are dropped, as Discord would not replay them to a new session either.
        }
    }

    private async Task InvokeTypedAsync<T>(HandlerList<T> handlers, GatewayDispatch dispatch, CancellationToken stoppingToken, Func<T, T>? complete = null)
    {
        if (handlers.IsEmpty)
        {
            return;
        }

        T? value;
        try
        {
            value = dispatch.Data.Deserialize<T>(DiscordJson.Options);
        }
        catch (JsonException ex)
        {
            GatewayLog.MalformedPayload(_logger, ex);
            return;
        }

        if (value is not null)
        {
            value = complete is null ? value : complete(value);
            await handlers.InvokeAsync(value, dispatch, _logger, stoppingToken).ConfigureAwait(false);
        }
    }
}
