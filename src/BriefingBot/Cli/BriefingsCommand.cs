using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary><c>briefings [--count N] [--community ID] [--json]</c>: lists the latest briefings, newest first.</summary>
public static class BriefingsCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "How many to list (default 10).", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per briefing." };
        var community = new Option<string?>("--community") { Description = "Only this community's briefings ('shared' for the shared ones, 'legacy' for those posted before communities)." };
        var lang = CliLanguage.CreateOption();
        var command = new Command("briefings", "List the latest briefings.") { count, json, community, lang };
        command.SetAction(async (parse, cancellationToken) =>
            await LibraryCommand.RunAsync(async services =>
            {
                var library = services.GetRequiredService<BriefingLibrary>();
                await library.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var recent = parse.GetValue(community) is { } only
                    ? library.Catalog.Of(only == CommunitiesCommand.SharedName ? null : only).Take(Math.Max(0, parse.GetValue(count))).ToList()
                    : library.Recent(parse.GetValue(count));
                if (!parse.GetValue(json))
                {
                    Console.WriteLine(BriefingTexts.For(parse.GetValue(lang)).List(recent));
                    return 0;
                }

                foreach (var b in recent)
                {
                    Console.WriteLine(JsonSerializer.Serialize(
                        new
                        {
                            id = b.Id,
                            title = b.Title,
                            date = b.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            sections = b.Sections,
                            passages = b.Passages.Count,
                            contentHash = b.ContentHash,
                            community = b.Community,
                        },
                        Json));
                }

                return 0;
            }).ConfigureAwait(false));
        return command;
    }
}
