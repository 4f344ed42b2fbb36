using BriefingBot.Core.Library;
using Microsoft.Extensions.Hosting;

namespace BriefingBot;

/// <summary>Loads the briefings and readies the index before any chat platform starts taking questions.</summary>
internal sealed class BriefingLibraryStartup(BriefingLibrary library) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => library.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
