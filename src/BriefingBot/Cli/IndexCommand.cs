using System.CommandLine;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary><c>index</c>: rebuilds the index from the corpus and the store, showing how far it has come.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Rebuild the search index from the briefings.");
        command.SetAction(async (_, cancellationToken) => await LibraryCommand.RunAsync(async services =>
        {
            var library = services.GetRequiredService<BriefingLibrary>();
            await library.OpenAsync(cancellationToken, forceRebuild: true).ConfigureAwait(false);

            // Progress goes to standard error, so standard output keeps only the result line.
            var display = new IndexProgressDisplay(Console.Error, bar: !Console.IsErrorRedirected);
            while (!library.Rebuilding.IsCompleted)
            {
                display.Show(library.RebuildProgress);
                await Task.WhenAny(library.Rebuilding, Task.Delay(IndexProgressDisplay.Interval, cancellationToken)).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            await library.InitializeAsync(cancellationToken).ConfigureAwait(false);
            display.Done();
            Console.WriteLine($"Indexed {library.Catalog.All.Count} briefing(s), {library.Index.PassageCount} passage(s).");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }
}
