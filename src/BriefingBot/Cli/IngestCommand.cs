using System.CommandLine;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary>
/// <c>ingest DIR</c> (hidden, for the crash-safety test): adds every file of DIR in name order and prints
/// <c>ACK &lt;id&gt; &lt;file&gt;</c> once each is durable and searchable, i.e. exactly when a chat post would be confirmed.
/// </summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var directory = new Argument<DirectoryInfo>("directory") { Description = "Folder of briefing files." };
        var command = new Command("ingest", "Add every briefing file of a folder, printing ACK lines (for tests).") { directory };
        command.Hidden = true;
        command.SetAction(async (parse, cancellationToken) =>
            await LibraryCommand.RunAsync(async services =>
            {
                var library = services.GetRequiredService<BriefingLibrary>();
                var intake = services.GetRequiredService<BriefingIntake>();
                await library.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var stdout = Console.Out;
                await stdout.WriteLineAsync("READY").ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                foreach (var file in parse.GetValue(directory)!.EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
                    var result = await intake.SubmitAsync(new BriefingUpload(bytes, BriefingOrigin.CommandLine(), file.Name), cancellationToken).ConfigureAwait(false);
                    var line = result switch
                    {
                        BriefingAdded added => $"ACK {added.Briefing.Id} {file.Name}",
                        BriefingAlreadyPresent present => $"ACK {present.Existing.Id} {file.Name}",
                        BriefingRejected rejected => $"REJECTED {rejected.Reason} {file.Name}",
                        _ => $"UNKNOWN {file.Name}",
                    };
                    await stdout.WriteLineAsync(line).ConfigureAwait(false);
                    await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                await stdout.WriteLineAsync("DONE").ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false));
        return command;
    }
}
