using System.CommandLine;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary><c>index</c>: rebuilds the index from the corpus and the store.</summary>
public static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Rebuild the search index from the briefings.");
        command.SetAction(async (_, cancellationToken) => await LibraryCommand.RunAsync(async services =>
        {
            var library = services.GetRequiredService<BriefingLibrary>();
            await library.InitializeAsync(cancellationToken, forceRebuild: true).ConfigureAwait(false);
            Console.WriteLine($"Indexed {library.Catalog.All.Count} briefing(s), {library.Index.PassageCount} passage(s).");
            return 0;
        }).ConfigureAwait(false));
        return command;
    }
}
