using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Testing.Discord;

/// <summary>One client connection to the fake gateway: records what the client sends, lets the test push events.</summary>
public sealed class FakeGatewayConnection
{
    private readonly FakeDiscordServer _server;
    private readonly HttpContext _context;
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Lock _lock = new();
    private readonly List<JsonElement> _received = [];
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeGatewayConnection(FakeDiscordServer server, HttpContext context, WebSocket socket)
    {
        _server = server;
        _context = context;
        _socket = socket;
        Path = context.Request.Path.Value ?? "";
        Query = context.Request.QueryString.Value ?? "";
        UserAgent = context.Request.Headers.UserAgent.ToString();
    }

    public string Path { get; }

    public string Query { get; }

    public string UserAgent { get; }

    /// <summary>Set false to simulate a zombie connection: heartbeats go unanswered.</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>The close code the client sent, if it closed the connection.</summary>
    public int? ClientCloseCode { get; private set; }

    public Task Ended => _ended.Task;

    public IReadOnlyList<JsonElement> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public IReadOnlyList<JsonElement> ReceivedWithOp(int op) => [.. Received.Where(p => p.GetProperty("op").GetInt32() == op)];

    public async Task<JsonElement> WaitForOpAsync(int op, int count = 1, TimeSpan? timeout = null)
    {
        await Eventually.TrueAsync(() => ReceivedWithOp(op).Count >= count, $"op {op} x{count} from the client", timeout);
        return ReceivedWithOp(op)[count - 1];
    }

    public Task SendReadyAsync(string sessionId = "session-1", long sequence = 1) =>
        SendAsync(new
        {
            op = 0,
            s = sequence,
            t = "READY",
            d = new
            {
                v = 10,
                user = new { id = "42", username = "briefing-bot", bot = true },
                session_id = sessionId,
                resume_gateway_url = _server.ResumeGatewayUrl,
                application = new { id = "4242" },
                guilds = Array.Empty<object>(),
            },
        });

    public Task SendResumedAsync(long sequence) => SendAsync(new { op = 0, s = sequence, t = "RESUMED", d = new { } });

    public Task SendDispatchAsync(string name, long sequence, object data) => SendAsync(new { op = 0, s = sequence, t = name, d = data });

    public Task SendMessageCreateAsync(long sequence, string messageId, string content = "hello") =>
        SendDispatchAsync("MESSAGE_CREATE", sequence, new
        {
            id = messageId,
            channel_id = "100",
            guild_id = "200",
            author = new { id = "7", username = "reader", bot = false },
            content,
            mentions = Array.Empty<object>(),
            attachments = Array.Empty<object>(),
        });

    public Task SendReconnectAsync() => SendAsync(new { op = 7, d = (object?)null });

    public Task SendInvalidSessionAsync(bool resumable) => SendAsync(new { op = 9, d = resumable });

    public Task SendHeartbeatRequestAsync() => SendAsync(new { op = 1, d = (object?)null });

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        _context.Abort();
        _ended.TrySetResult();
    }

    public async Task SendAsync(object payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        var chunk = _server.FragmentSize ?? bytes.Length;
        await _sendLock.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += chunk)
            {
                var count = Math.Min(chunk, bytes.Length - offset);
                var last = offset + count >= bytes.Length;
                await _socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, last, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task ReadLoopAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            using var message = new MemoryStream();
            while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
            {
                var result = await _socket.ReceiveAsync(buffer, _context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseCode ??= (int?)_socket.CloseStatus;
                    if (_socket.State == WebSocketState.CloseReceived)
                    {
                        await _sendLock.WaitAsync();
                        try
                        {
                            await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                        }
                        finally
                        {
                            _sendLock.Release();
                        }
                    }

                    break;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var payload = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
                message.SetLength(0);
                lock (_lock)
                {
                    _received.Add(payload);
                }

                if (payload.GetProperty("op").GetInt32() == 1 && AckHeartbeats)
                {
                    await SendAsync(new { op = 11 });
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client (or the test, via Abort) dropped the connection.
        }
        finally
        {
            _ended.TrySetResult();
        }
    }
}
