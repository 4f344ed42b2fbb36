using System.CommandLine;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Benchmarks.Report;
using BriefingBot.Benchmarks.Speed;

namespace BriefingBot.Benchmarks;

/// <summary>
/// <c>communities</c>: only the many-communities benchmark, written into the communities section of an existing
/// results file (the rest of the file is kept), so it can be re-measured without the hour the 1M size takes.
/// </summary>
public static class CommunitiesCommand
{
    public static Command Create()
    {
        var outOption = new Option<string?>("--out") { Description = "Results file to update (default bench/RESULTS.md under the repository root)." };
        var shared = new Option<string?>("--shared") { Description = "Folder with arcd/ and xquad-ar/ (default ../shared/bench beside the repository)." };
        var data = new Option<string?>("--data") { Description = "Folder for the cached index (default bench/.data)." };
        var communities = new Option<int?>("--communities") { Description = "Communities (default 1000)." };
        var briefings = new Option<int?>("--briefings") { Description = "Briefings per community (default 30)." };
        var passages = new Option<int?>("--passages") { Description = "Passages per briefing (default 4)." };
        var queries = new Option<int?>("--queries") { Description = "Timed questions, each asked scoped and unscoped (default 1000)." };
        var seed = new Option<int?>("--seed") { Description = "Seed of the corpus and the question sample." };
        var command = new Command("communities", "Measure many communities in one index and update the communities section of the results file.")
        {
            outOption, shared, data, communities, briefings, passages, queries, seed,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var cwd = Directory.GetCurrentDirectory();
            var defaults = BenchmarkSettings.Create(BenchmarkSettings.FindRepositoryRoot(cwd), quick: false);
            var shape = new CommunityShape(
                parse.GetValue(communities) ?? CommunityShape.Default.Communities,
                parse.GetValue(briefings) ?? CommunityShape.Default.BriefingsPerCommunity,
                parse.GetValue(passages) ?? CommunityShape.Default.PassagesPerBriefing);
            var settings = defaults with
            {
                OutputPath = Full(parse.GetValue(outOption), cwd) ?? defaults.OutputPath,
                SharedDirectory = Full(parse.GetValue(shared), cwd) ?? defaults.SharedDirectory,
                DataDirectory = Full(parse.GetValue(data), cwd) ?? defaults.DataDirectory,
                Queries = parse.GetValue(queries) ?? defaults.Queries,
                Seed = parse.GetValue(seed) ?? defaults.Seed,
                Communities = shape,
            };

            var corpus = await SharedBenchmarks.LoadAsync(settings.SharedDirectory, cancellationToken).ConfigureAwait(false);
            var model = WordModel.FromPassages(corpus.PassageTexts());
            var timed = QuerySample.Draw(corpus.Questions(), settings.Queries, settings.Seed);
            var warmUp = QuerySample.WarmUp(corpus.Questions(), timed, settings.WarmUpQuestions, settings.Seed);
            Console.WriteLine($"Communities: {shape.Communities} × {shape.BriefingsPerCommunity} × {shape.PassagesPerBriefing} passages; building or reusing the index under {settings.DataDirectory}");
            var measurement = BenchmarkRunner.MeasureCommunities(settings, shape, model, timed, warmUp, cancellationToken);
            var section = ResultsMarkdown.CommunitiesSection(measurement, settings);
            var existing = File.Exists(settings.OutputPath) ? await File.ReadAllTextAsync(settings.OutputPath, cancellationToken).ConfigureAwait(false) : string.Empty;
            await File.WriteAllTextAsync(settings.OutputPath, ResultsMarkdown.SpliceCommunities(existing, section), cancellationToken).ConfigureAwait(false);
            Console.Write(section);
            Console.WriteLine($"Wrote {settings.OutputPath}");
            return 0;
        });
        return command;
    }

    private static string? Full(string? path, string workingDirectory) => path is null ? null : Path.GetFullPath(path, workingDirectory);
}
