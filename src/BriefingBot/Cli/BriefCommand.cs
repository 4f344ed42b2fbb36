using System.CommandLine;
using System.Globalization;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Configuration;
using BriefingBot.Core.Library;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary>
/// <c>brief FILE [--date YYYY-MM-DD] [--title T] [--source S] [--lang en]</c>: adds a briefing from the command line,
/// with the same checks as a post in chat (the operator is trusted). <c>brief -</c> reads standard input.
/// </summary>
public static class BriefCommand
{
    public const int Rejected = 2;
    public const int Failed = 1;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The briefing: a UTF-8 .txt or .md file, or - for standard input." };
        var date = new Option<string?>("--date") { Description = "The briefing's date (YYYY-MM-DD) when its text has none; today by default." };
        var title = new Option<string?>("--title") { Description = "The title, when the text's first heading is not it." };
        var source = new Option<string?>("--source") { Description = "Where the briefing comes from." };
        var lang = CliLanguage.CreateOption();
        var command = new Command("brief", "Add a briefing to the store and the index.") { file, date, title, source, lang };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var texts = BriefingTexts.For(parse.GetValue(lang));
            DateOnly? day = null;
            if (parse.GetValue(date) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"--date must be written as YYYY-MM-DD, not '{d}'.").ConfigureAwait(false);
                    return Failed;
                }

                day = parsed;
            }

            var path = parse.GetValue(file)!;
            byte[] content;
            string? fileName = null;
            if (path == "-")
            {
                using var input = new MemoryStream();
                await Console.OpenStandardInput().CopyToAsync(input, cancellationToken).ConfigureAwait(false);
                content = input.ToArray();
            }
            else if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"No such file: {path}").ConfigureAwait(false);
                return Failed;
            }
            else
            {
                fileName = Path.GetFileName(path);
                content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }

            return await LibraryCommand.RunAsync(async services =>
            {
                var intake = services.GetRequiredService<BriefingIntake>();
                var header = new BriefingHeader(null, parse.GetValue(title), day, parse.GetValue(source));
                var result = await intake.SubmitAsync(new BriefingUpload(content, BriefingOrigin.CommandLine(), fileName, header), cancellationToken).ConfigureAwait(false);
                var reply = texts.Result(result, intake.MaxBytes);
                if (result is BriefingRejected rejected)
                {
                    await Console.Error.WriteLineAsync(reply).ConfigureAwait(false);
                    await Console.Error.WriteLineAsync(rejected.Detail).ConfigureAwait(false);
                    return Rejected;
                }

                Console.WriteLine(reply);
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }
}

/// <summary>The <c>--lang</c> option of the briefing commands: Arabic unless <c>en</c>.</summary>
internal static class CliLanguage
{
    public static Option<ChatLanguage> CreateOption() => new("--lang")
    {
        Description = "Reply language: ar (default) or en.",
        DefaultValueFactory = _ => ChatLanguage.Arabic,
        CustomParser = r => r.Tokens.Count > 0 && r.Tokens[0].Value.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? ChatLanguage.English : ChatLanguage.Arabic,
    };
}

/// <summary>Runs a command against the library in a quiet host, and explains the one failure an operator causes.</summary>
internal static class LibraryCommand
{
    public const int IndexInUse = 3;

    public static async Task<int> RunAsync(Func<IServiceProvider, Task<int>> action)
    {
        try
        {
            using var host = BotHost.CreateBuilder(quiet: true).Build();
            if (InvalidConfiguration.Check(host.Services) is { } invalid)
            {
                await Console.Error.WriteLineAsync(invalid).ConfigureAwait(false);
                return BotHost.ConfigurationExitCode;
            }

            return await action(host.Services).ConfigureAwait(false);
        }
        catch (LockObtainFailedException)
        {
            // Lucene allows one writer per index: a running bot holds it.
            await Console.Error.WriteLineAsync("The index is in use by a running bot: ask or post the briefing in chat, or stop the bot first.").ConfigureAwait(false);
            return IndexInUse;
        }
    }
}
