using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using BriefingBot.Adapters;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Client.Gateway;

/// <summary>
/// Runs the protocol over one socket, from HELLO until the socket ends, and reports how it ended.
/// Reconnect policy lives in <see cref="DiscordGatewayClient"/>.
/// </summary>
internal sealed class GatewayConnection(
    DiscordClientOptions options,
    GatewaySession session,
    IdentifyLimiter identifyLimiter,
    ChannelWriter<GatewayDispatch> dispatches,
    ILogger logger,
    TimeProvider timeProvider)
{
    private int _awaitingAck;
    private volatile bool _zombie;
    private bool _reachedReady;

    public async Task<ConnectionOutcome> RunAsync(Uri uri, Models.SessionStartLimit? startLimit, CancellationToken stoppingToken)
    {
        using var socket = new GatewaySocket(options);
        var resume = session.CanResume;
        GatewayLog.Connecting(logger, uri.Host, resume);

        using var heartbeatCts = new CancellationTokenSource();
        var heartbeat = Task.CompletedTask;
        try
        {
            await socket.ConnectAsync(uri, stoppingToken).ConfigureAwait(false);
            using var stopRegistration = stoppingToken.Register(() => _ = socket.BeginCloseAsync(1000, "Client shutting down"));

            var hello = await socket.ReceiveAsync().WaitAsync(options.HelloTimeout, timeProvider, stoppingToken).ConfigureAwait(false);
            var interval = ReadHelloInterval(hello);
            heartbeat = HeartbeatLoopAsync(socket, interval, heartbeatCts.Token);

            if (resume)
            {
                GatewayLog.Resuming(logger, session.SessionId!, session.LastSequence);
                await socket.SendAsync(new OutgoingPayload<ResumeData>(GatewayOpcode.Resume, new ResumeData
                {
                    Token = options.Token,
                    SessionId = session.SessionId!,
                    Seq = session.LastSequence,
                }), stoppingToken).ConfigureAwait(false);
            }
            else
            {
                await identifyLimiter.WaitAsync(startLimit, stoppingToken).ConfigureAwait(false);
                session.BeginNewSession();
                GatewayLog.Identifying(logger, (int)options.EffectiveIntents);
                await socket.SendAsync(new OutgoingPayload<IdentifyData>(GatewayOpcode.Identify, new IdentifyData
                {
                    Token = options.Token,
                    Intents = (int)options.EffectiveIntents,
                    Properties = new IdentifyProperties { Os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), Browser = "BriefingBot.Discord.Client", Device = "BriefingBot.Discord.Client" },
                }), stoppingToken).ConfigureAwait(false);
            }

            while (true)
            {
                var frame = await socket.ReceiveAsync().ConfigureAwait(false);
                if (frame.IsClose)
                {
                    return OnClosed(frame, stoppingToken);
                }

                var outcome = await HandleAsync(socket, frame.Payload!, stoppingToken).ConfigureAwait(false);
                if (outcome is not null)
                {
                    return outcome;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or InvalidDataException)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                return new ConnectionOutcome(ConnectionEnd.Stopped, _reachedReady);
            }

            if (_zombie)
            {
                return new ConnectionOutcome(ConnectionEnd.Resume, _reachedReady, TimeSpan.Zero);
            }

            GatewayLog.ConnectionLost(logger, ex);
            return new ConnectionOutcome(ConnectionEnd.Resume, _reachedReady);
        }
        finally
        {
            await heartbeatCts.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private ConnectionOutcome OnClosed(GatewayFrame frame, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(ConnectionEnd.Stopped, _reachedReady);
        }

        if (_zombie)
        {
            return new ConnectionOutcome(ConnectionEnd.Resume, _reachedReady, TimeSpan.Zero);
        }

        var reason = frame.CloseReason is { } text ? new SecretRedactor([options.Token]).Redact(text) : null;
        GatewayLog.Closed(logger, frame.CloseCode, reason);
        var end = GatewayCloseCodes.Classify(frame.CloseCode) switch
        {
            CloseAction.Fatal => ConnectionEnd.Fatal,
            CloseAction.Reidentify => ConnectionEnd.Reidentify,
            _ => ConnectionEnd.Resume,
        };
        return new ConnectionOutcome(end, _reachedReady, null, frame.CloseCode, reason);
    }

    private async Task<ConnectionOutcome?> HandleAsync(GatewaySocket socket, byte[] payload, CancellationToken stoppingToken)
    {
        using var document = ParseOrNull(payload);
        if (document is null || !document.RootElement.TryGetProperty("op", out var opElement) || !opElement.TryGetInt32(out var op))
        {
            return null;
        }

        var root = document.RootElement;
        switch ((GatewayOpcode)op)
        {
            case GatewayOpcode.Dispatch:
                OnDispatch(root);
                return null;

            case GatewayOpcode.Heartbeat:
                // The server asks for a heartbeat right now, outside the regular schedule.
                await SendHeartbeatAsync(socket, stoppingToken).ConfigureAwait(false);
                return null;

            case GatewayOpcode.HeartbeatAck:
                Interlocked.Exchange(ref _awaitingAck, 0);
                return null;

            case GatewayOpcode.Reconnect:
                GatewayLog.ReconnectRequested(logger);
                await socket.CloseAndDrainAsync(GatewayCloseCodes.ResumableClose, "Reconnect requested").ConfigureAwait(false);
                return new ConnectionOutcome(ConnectionEnd.Resume, _reachedReady, TimeSpan.Zero);

            case GatewayOpcode.InvalidSession:
                var resumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                var delay = InvalidSessionDelay();
                GatewayLog.InvalidSession(logger, resumable, (long)delay.TotalMilliseconds);
                await socket.CloseAndDrainAsync(GatewayCloseCodes.ResumableClose, "Invalid session").ConfigureAwait(false);
                return new ConnectionOutcome(resumable ? ConnectionEnd.Resume : ConnectionEnd.Reidentify, _reachedReady, delay);

            default:
                return null;
        }
    }

    private void OnDispatch(JsonElement root)
    {
        if (!root.TryGetProperty("s", out var s) || !s.TryGetInt64(out var sequence)
            || !root.TryGetProperty("t", out var t) || t.GetString() is not { } name)
        {
            return;
        }

        session.Observe(sequence);
        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;

        if (name == "READY")
        {
            var ready = data.Deserialize<ReadyEvent>(DiscordJson.Options);
            if (ready is not null)
            {
                session.Started(ready.SessionId, ready.ResumeGatewayUrl);
                _reachedReady = true;
                GatewayLog.Ready(logger, ready.User.Username, ready.User.Id, ready.SessionId);
            }
        }
        else if (name == "RESUMED")
        {
            _reachedReady = true;
            GatewayLog.Resumed(logger);
        }

        if (!session.TryMarkForDelivery(sequence))
        {
            GatewayLog.DuplicateDispatch(logger, name, sequence);
            return;
        }

        dispatches.TryWrite(new GatewayDispatch(name, sequence, data));
    }

    private async Task HeartbeatLoopAsync(GatewaySocket socket, TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            // Jitter spreads the first heartbeat of many clients reconnecting at once.
            await Task.Delay(interval * Random.Shared.NextDouble(), timeProvider, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (Interlocked.Exchange(ref _awaitingAck, 1) == 1)
                {
                    _zombie = true;
                    GatewayLog.Zombie(logger);
                    await socket.BeginCloseAsync(GatewayCloseCodes.ResumableClose, "Heartbeat ACK missing").ConfigureAwait(false);
                    return;
                }

                await SendHeartbeatAsync(socket, cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The receive loop owns reporting how the connection ended.
        }
    }

    private Task SendHeartbeatAsync(GatewaySocket socket, CancellationToken cancellationToken) =>
        socket.SendAsync(new OutgoingPayload<long?>(GatewayOpcode.Heartbeat, session.LastSequence), cancellationToken);

    private TimeSpan InvalidSessionDelay()
    {
        var min = options.InvalidSessionMinDelay;
        var max = options.InvalidSessionMaxDelay < min ? min : options.InvalidSessionMaxDelay;
        return min + ((max - min) * Random.Shared.NextDouble());
    }

    private static TimeSpan ReadHelloInterval(GatewayFrame hello)
    {
        if (hello.IsClose)
        {
            throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, $"Gateway closed before HELLO (code {hello.CloseCode}).");
        }

        try
        {
            using var document = JsonDocument.Parse(hello.Payload);
            var root = document.RootElement;
            if (root.GetProperty("op").GetInt32() == (int)GatewayOpcode.Hello)
            {
                return TimeSpan.FromMilliseconds(root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException("The first gateway message was not a valid HELLO.", ex);
        }

        throw new InvalidDataException("The first gateway message was not HELLO.");
    }

    private JsonDocument? ParseOrNull(byte[] payload)
    {
        try
        {
            return JsonDocument.Parse(payload);
        }
        catch (JsonException ex)
        {
            GatewayLog.MalformedPayload(logger, ex);
            return null;
        }
    }
}
