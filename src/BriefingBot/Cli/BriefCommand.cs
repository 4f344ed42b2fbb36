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
        var community = new Option<string?>("--community") { Description = "The community the briefing belongs to; without it the briefing is shared (every community sees it)." };
        var json = new Option<bool>("--json") { Description = "Print the outcome as one JSON object." };
        var lang = CliLanguage.CreateOption();
        var command = new Command("brief", "Add a briefing to the store and the index.") { file, date, title, source, community, json, lang };
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

            var owner = parse.GetValue(community);
            if (owner is not null && !Core.Communities.CommunityIds.IsValid(owner))
            {
                await Console.Error.WriteLineAsync($"--community must be ASCII letters, digits, '-', '_', '.' or ':', not '{owner}'.").ConfigureAwait(false);
                return Failed;
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
                // Built first, as every library command does: a post confirmed by a process that then exits mid-build
                // would leave no index behind to answer from.
                await services.GetRequiredService<BriefingLibrary>().InitializeAsync(cancellationToken).ConfigureAwait(false);
                var intake = services.GetRequiredService<BriefingIntake>();
                var header = new BriefingHeader(null, parse.GetValue(title), day, parse.GetValue(source));
                var result = await intake.SubmitAsync(new BriefingUpload(content, BriefingOrigin.CommandLine(), fileName, header) { Community = owner }, cancellationToken).ConfigureAwait(false);
                var reply = texts.Result(result, intake.MaxBytes);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(BriefResultJson.Serialize(result, reply));
                    return result is BriefingRejected ? Rejected : 0;
                }

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

/// <summary>The outcome of <c>brief --json</c>: <c>{"outcome","id","community","title","message"}</c>.</summary>
internal static class BriefResultJson
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IntakeResult result, string message)
    {
        var (outcome, briefing) = result switch
        {
            BriefingAdded added => (added.Replaced ? "replaced" : "added", added.Briefing),
            BriefingAlreadyPresent present => ("already-present", present.Existing),
            BriefingRejected rejected => ("rejected:" + rejected.Reason.ToString(), null),
            _ => ("unknown", (Briefing?)null),
        };
        return System.Text.Json.JsonSerializer.Serialize(new { outcome, id = briefing?.Id, community = briefing?.Community, title = briefing?.Title, message }, Json);
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
