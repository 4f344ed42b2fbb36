using System.CommandLine;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary><c>unbrief ID</c>: removes a posted briefing from the store and the index.</summary>
public static class UnbriefCommand
{
    public const int NotFound = 4;

    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The briefing's id, as `briefings` lists it." };
        var lang = CliLanguage.CreateOption();
        var command = new Command("unbrief", "Remove a posted briefing.") { id, lang };
        command.SetAction(async (parse, cancellationToken) =>
            await LibraryCommand.RunAsync(async services =>
            {
                var requested = parse.GetValue(id)!;
                var library = services.GetRequiredService<BriefingLibrary>();
                await library.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var result = await library.RemoveAsync(requested, cancellationToken).ConfigureAwait(false);
                var reply = BriefingTexts.For(parse.GetValue(lang)).Removal(result, requested);
                if (result.Outcome != RemoveOutcome.Removed)
                {
                    await Console.Error.WriteLineAsync(reply).ConfigureAwait(false);
                    return NotFound;
                }

                Console.WriteLine(reply);
                return 0;
            }).ConfigureAwait(false));
        return command;
    }
}
