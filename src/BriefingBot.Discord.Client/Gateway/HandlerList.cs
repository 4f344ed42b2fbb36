using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Client.Gateway;

/// <summary>Copy-on-write subscriber list so handlers can (un)subscribe while events are delivered.</summary>
internal sealed class HandlerList<T>
{
    private readonly Lock _lock = new();
    private Func<T, CancellationToken, Task>[] _handlers = [];

    public bool IsEmpty => Volatile.Read(ref _handlers).Length == 0;

    public IDisposable Add(Func<T, CancellationToken, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_lock)
        {
            _handlers = [.. _handlers, handler];
        }

        return new Subscription(this, handler);
    }

    public async Task InvokeAsync(T value, GatewayDispatch source, ILogger logger, CancellationToken cancellationToken)
    {
        foreach (var handler in Volatile.Read(ref _handlers))
        {
            try
            {
                await handler(value, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                GatewayLog.HandlerFailed(logger, source.Name, source.Sequence, ex);
            }
        }
    }

    private void Remove(Func<T, CancellationToken, Task> handler)
    {
        lock (_lock)
        {
            _handlers = [.. _handlers.Where(h => h != handler)];
        }
    }

    private sealed class Subscription(HandlerList<T> owner, Func<T, CancellationToken, Task> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Remove(handler);
            }
        }
    }
}
