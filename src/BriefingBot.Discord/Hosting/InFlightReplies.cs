using System.Collections.Concurrent;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Runs replies off the gateway's event loop, so a slow reply (say one waiting out a 429) never delays the
/// 3-second acknowledgement of the next interaction, and lets shutdown wait for the replies in progress.
/// </summary>
internal sealed class InFlightReplies : IDisposable
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _abort = new();

    public int Count => _running.Count;

    /// <summary>Starts <paramref name="work"/>; it must handle its own errors.</summary>
    public void Start(Func<CancellationToken, Task> work)
    {
        var task = RunAsync(work);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Waits for the replies in progress; after <paramref name="grace"/> they are cancelled.</summary>
    public async Task DrainAsync(TimeSpan grace)
    {
        _abort.CancelAfter(grace);
        await Task.WhenAll(_running.Keys).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _abort.Dispose();
    }

    private async Task RunAsync(Func<CancellationToken, Task> work)
    {
        var token = _abort.Token;
        try
        {
            // Yield first: the gateway's event loop must get back to the next event at once.
            await Task.Yield();
            await work(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Shutting down after the grace period.
        }
    }
}
