using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary>
/// <c>communities [--json]</c>: every community the bot knows (listed in configuration, linked or opened in chat, or
/// holding briefings), with its briefing count, its groups and whether it accepts briefings; the shared briefings and
/// the <c>legacy</c> holding community come first.
/// </summary>
public static class CommunitiesCommand
{
    /// <summary>How the command line names the shared briefings, which belong to no community.</summary>
    public const string SharedName = "shared";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object per community." };
        var command = new Command("communities", "List the communities with how many briefings each has.") { json };
        command.SetAction(async (parse, cancellationToken) =>
            await LibraryCommand.RunAsync(async services =>
            {
                var library = services.GetRequiredService<BriefingLibrary>();
                await library.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var directory = services.GetRequiredService<CommunityDirectory>();
                var counts = library.Catalog.All.GroupBy(b => b.Community ?? SharedName).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                var ids = counts.Keys
                    .Concat(directory.Listed)
                    .Concat(directory.Registry.Links.Values)
                    .Concat(directory.Registry.Opened)
                    .Distinct(StringComparer.Ordinal)
                    .OrderBy(id => id == SharedName ? 0 : id == CommunityIds.Legacy ? 1 : 2)
                    .ThenBy(id => id, StringComparer.Ordinal);
                foreach (var id in ids)
                {
                    var count = counts.GetValueOrDefault(id);
                    var shared = id == SharedName;
                    var groups = shared ? [] : directory.GroupsOf(id);
                    var accepts = !shared && id != CommunityIds.Legacy && directory.AcceptsBriefings(id);
                    Console.WriteLine(parse.GetValue(json)
                        ? JsonSerializer.Serialize(new { id, briefings = count, groups, acceptsBriefings = accepts, listed = directory.Listed.Contains(id) }, Json)
                        : $"{id}\t{count} briefings\t{(accepts ? "posting" : "read-only")}\t{string.Join(", ", groups)}");
                }

                return 0;
            }).ConfigureAwait(false));
        return command;
    }
}

/// <summary>
/// <c>assign ID… (--community C | --shared) [--json]</c>, or <c>assign --from C1 …</c>: moves posted briefings to a
/// community, or makes them shared. The only way a briefing becomes visible to more chats than its own community's,
/// e.g. the <c>legacy</c> briefings posted before communities existed.
/// </summary>
public static class AssignCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("id") { Description = "Briefing ids to move.", Arity = ArgumentArity.ZeroOrMore };
        var from = new Option<string?>("--from") { Description = "Move every briefing of this community (e.g. legacy)." };
        var community = new Option<string?>("--community") { Description = "The community they will belong to." };
        var shared = new Option<bool>("--shared") { Description = "Make them shared: every community sees them." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per briefing moved." };
        var command = new Command("assign", "Move briefings to a community, or make them shared.") { ids, from, community, shared, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(community);
            var toShared = parse.GetValue(shared);
            if ((target is null) == !toShared || (target is not null && !CommunityIds.IsValid(target)))
            {
                await Console.Error.WriteLineAsync("Give either --community ID (ASCII letters, digits, '-', '_', '.', ':') or --shared.").ConfigureAwait(false);
                return BriefCommand.Failed;
            }

            return await LibraryCommand.RunAsync(async services =>
            {
                var library = services.GetRequiredService<BriefingLibrary>();
                await library.InitializeAsync(cancellationToken).ConfigureAwait(false);
                var chosen = (parse.GetValue(ids) ?? []).ToList();
                if (parse.GetValue(from) is { } source)
                {
                    chosen.AddRange(library.Catalog.Of(source == CommunitiesCommand.SharedName ? null : source).Select(b => b.Id));
                }

                var failed = 0;
                foreach (var id in chosen.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    var moved = await library.AssignAsync(id, toShared ? null : target, cancellationToken).ConfigureAwait(false);
                    if (moved is null)
                    {
                        failed++;
                        await Console.Error.WriteLineAsync($"No posted briefing {id} (briefings shipped in corpus/ are always shared).").ConfigureAwait(false);
                        continue;
                    }

                    Console.WriteLine(parse.GetValue(json)
                        ? JsonSerializer.Serialize(new { id = moved.Id, community = moved.Community }, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
                        : $"{moved.Id} → {moved.Community ?? CommunitiesCommand.SharedName}");
                }

                return failed == 0 ? 0 : BriefCommand.Failed;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
