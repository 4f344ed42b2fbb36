using BriefingBot.Core.Answering.WarmUp;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Hosting;

namespace BriefingBot;

/// <summary>
/// Loads the briefings and opens the index before any chat platform starts taking questions, then warms the answer
/// path up over that index (<see cref="AnswerWarmUp"/>), so the first reader's question is not the runtime's first. A
/// rebuild, when the index needs one, runs in the background: the platforms connect at once and answer from the old
/// index, or with the rebuild's progress when there is none; the new index is warmed up once it serves.
/// </summary>
internal sealed class BriefingLibraryStartup(BriefingLibrary library, AnswerWarmUp warmUp, IHostApplicationLifetime lifetime) : IHostedService
{
    private Task _afterRebuild = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await library.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (library.IsReady)
        {
            // Off the host's start thread; the platforms are started only after this returns.
            await Task.Run(() => warmUp.RunAtStart(cancellationToken), CancellationToken.None).ConfigureAwait(false);
        }

        if (!library.Rebuilding.IsCompleted)
        {
            _afterRebuild = WarmUpAfterRebuildAsync(lifetime.ApplicationStopping);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await library.StopAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await _afterRebuild.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A rebuilt index has cold caches of its own: warmed up as soon as it serves, while the bot answers.</summary>
    private async Task WarmUpAfterRebuildAsync(CancellationToken cancellationToken)
    {
        await library.Rebuilding.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (!cancellationToken.IsCancellationRequested && library.IsReady)
        {
            await Task.Run(() => warmUp.Run(cancellationToken), CancellationToken.None).ConfigureAwait(false);
        }
    }
}
