using BriefingBot.Core.Library;
using Microsoft.Extensions.Hosting;

namespace BriefingBot;

/// <summary>
/// Loads the briefings and opens the index before any chat platform starts taking questions. A rebuild, when the
/// index needs one, runs in the background: the platforms connect at once and answer from the old index, or with the
/// rebuild's progress when there is none.
/// </summary>
internal sealed class BriefingLibraryStartup(BriefingLibrary library) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => library.OpenAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => library.StopAsync().WaitAsync(cancellationToken);
}
