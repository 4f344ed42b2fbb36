using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace BriefingBot.Discord.Client.Gateway;

/// <summary>A received gateway message, or the close frame that ended the connection.</summary>
internal readonly record struct GatewayFrame(byte[]? Payload, int? CloseCode, string? CloseReason)
{
    public bool IsClose => Payload is null;
}

/// <summary>
/// One WebSocket connection: serialized sends, whole-message receives (frames reassembled),
/// and a close handshake that falls back to aborting when the peer does not answer.
/// </summary>
internal sealed class GatewaySocket : IDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _abort = new();
    private readonly int _maxMessageBytes;
    private readonly TimeSpan _closeTimeout;
    private int _closeStarted;

    public GatewaySocket(DiscordClientOptions options)
    {
        _maxMessageBytes = options.MaxGatewayMessageBytes;
        _closeTimeout = options.CloseTimeout;
        _socket.Options.SetRequestHeader("User-Agent", options.UserAgent);
    }

    public async Task ConnectAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _abort.Token);
        await _socket.ConnectAsync(uri, linked.Token).ConfigureAwait(false);
    }

    public async Task SendAsync<T>(T payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJson.Options);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Receives one whole message. Not cancellable by callers on purpose: cancelling a pending
    /// receive aborts a ClientWebSocket, which would rob us of the close handshake.
    /// </summary>
    public async Task<GatewayFrame> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var result = await _socket.ReceiveAsync(memory, _abort.Token).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new GatewayFrame(null, (int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > _maxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, $"Gateway message exceeded {_maxMessageBytes} bytes.");
            }

            if (result.EndOfMessage)
            {
                return new GatewayFrame(buffer.WrittenSpan.ToArray(), null, null);
            }
        }
    }

    /// <summary>
    /// Sends a close frame once and arms a timer that aborts the socket if the peer never answers,
    /// so a pending <see cref="ReceiveAsync"/> always completes.
    /// </summary>
    public async Task BeginCloseAsync(int code, string reason)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) == 1)
        {
            return;
        }

        try
        {
            _abort.CancelAfter(_closeTimeout);
            await _sendLock.WaitAsync(_abort.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, _abort.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is already gone; the abort timer still guarantees the receive loop ends.
        }
    }

    /// <summary>Closes and waits (bounded) for the peer's close frame; used when no receive loop is running.</summary>
    public async Task CloseAndDrainAsync(int code, string reason)
    {
        await BeginCloseAsync(code, reason).ConfigureAwait(false);
        try
        {
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var frame = await ReceiveAsync().ConfigureAwait(false);
                if (frame.IsClose)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Timed out or dropped while closing: nothing more to do.
        }
    }

    public void Dispose()
    {
        _abort.Cancel();
        _socket.Dispose();
        _abort.Dispose();
        _sendLock.Dispose();
    }
}
