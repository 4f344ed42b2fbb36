using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingBot.Core.Insights;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Cli;

/// <summary>
/// <c>gaps [--community ID] [--days N] [--json]</c>: the questions members could not get answered, grouped and
/// counted, most asked first: the command-line twin of <c>/gaps</c>. Reads only the insights store, so it works
/// while the bot runs.
/// </summary>
public static class GapsCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var community = new Option<string?>("--community") { Description = "One community, by the id `communities` lists (`shared`: private chats that follow none); all when omitted." };
        var days = new Option<int?>("--days") { Description = "How many days back (default Insights:GapsDays, 7)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("gaps", "Questions members could not get answered (declined, tentative or voted down), grouped.") { community, days, json };
        command.SetAction(async (parse, cancellationToken) => await LibraryCommand.RunAsync(services =>
        {
            var insights = services.GetRequiredService<QuestionInsights>();
            var settings = services.GetRequiredService<IOptions<InsightsOptions>>().Value;
            var back = parse.GetValue(days) ?? settings.GapsDays;
            if (back < 1 || back > insights.RetentionDays)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--days must be between 1 and {insights.RetentionDays} (Insights:RetentionDays)."));
                return Task.FromResult(1);
            }

            var where = parse.GetValue(community);
            var gaps = insights.Gaps(string.IsNullOrWhiteSpace(where) ? null : where.Trim(), back);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(
                    new
                    {
                        community = where,
                        days = back,
                        gaps = gaps.Select(g => new
                        {
                            question = g.Question,
                            count = g.Count,
                            lastOutcome = g.LastOutcome,
                            notHelpfulVotes = g.NotHelpfulVotes,
                            lastAsked = g.LastAskedAt.ToString("O", CultureInfo.InvariantCulture),
                            wordings = g.Wordings,
                        }),
                    },
                    Json));
                return Task.FromResult(0);
            }

            foreach (var g in gaps)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{g.Count}\t{g.LastOutcome}\t{g.NotHelpfulVotes}\t{g.Question}"));
            }

            return Task.FromResult(0);
        }).ConfigureAwait(false));
        return command;
    }
}
