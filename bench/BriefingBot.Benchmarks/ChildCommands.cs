using System.CommandLine;
using System.Text.Json;
using BriefingBot.Benchmarks.Speed;
using BriefingBot.Core.Search;

namespace BriefingBot.Benchmarks;

/// <summary>
/// Hidden commands the harness runs in child processes, one measurement per process. Each prints its result as
/// one JSON line after <see cref="BenchmarkRunner.ResultPrefix"/>.
/// </summary>
public static class ChildCommands
{
    public static Command BuildIndex()
    {
        var index = new Option<string>("--index") { Required = true };
        var size = new Option<int>("--size") { Required = true };
        var seed = new Option<int>("--seed") { Required = true };
        var shared = new Option<string>("--shared") { Required = true };
        var command = new Command("build-index", "Generate and index a synthetic corpus.") { index, size, seed, shared };
        command.Hidden = true;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var build = await BenchmarkRunner.BuildIndexAsync(parse.GetValue(shared)!, parse.GetValue(index)!, parse.GetValue(size), parse.GetValue(seed), cancellationToken).ConfigureAwait(false);
            Print(build);
            return 0;
        });
        return command;
    }

    public static Command Measure()
    {
        var index = new Option<string>("--index") { Required = true };
        var queriesFile = new Option<string>("--queries-file") { Required = true };
        var warmUpFile = new Option<string>("--warm-up-file") { Required = true };
        var durationMs = new Option<int>("--duration-ms") { Required = true };
        var freshness = new Option<int>("--freshness") { Required = true };
        var command = new Command("measure", "Measure one existing index.") { index, queriesFile, warmUpFile, durationMs, freshness };
        command.Hidden = true;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queries = await ReadQuestionsAsync(parse.GetValue(queriesFile)!, cancellationToken).ConfigureAwait(false);
            var warmUp = await ReadQuestionsAsync(parse.GetValue(warmUpFile)!, cancellationToken).ConfigureAwait(false);
            var settings = new SpeedSettings(queries.Count, TimeSpan.FromMilliseconds(parse.GetValue(durationMs)), parse.GetValue(freshness));
            Print(SizeBenchmark.Measure(parse.GetValue(index)!, queries, warmUp, settings, cancellationToken));
            return 0;
        });
        return command;
    }

    public static Command ColdStart()
    {
        var index = new Option<string>("--index") { Required = true };
        var question = new Option<string>("--question") { Required = true };
        var command = new Command("cold-start", "Open an existing index and answer one question.") { index, question };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            ColdStartProbe.OpenAndAnswer(parse.GetValue(index)!, parse.GetValue(question)!, Print);
            return 0;
        });
        return command;
    }

    public static Command MeasureIndexFiles()
    {
        var index = new Option<string>("--index") { Required = true };
        var access = new Option<IndexFileAccess>("--access") { Required = true };
        var queriesFile = new Option<string>("--queries-file") { Required = true };
        var warmUpFile = new Option<string>("--warm-up-file") { Required = true };
        var command = new Command("measure-index-files", "Serve one existing index with its files read another way.") { index, access, queriesFile, warmUpFile };
        command.Hidden = true;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var queries = await ReadQuestionsAsync(parse.GetValue(queriesFile)!, cancellationToken).ConfigureAwait(false);
            var warmUp = await ReadQuestionsAsync(parse.GetValue(warmUpFile)!, cancellationToken).ConfigureAwait(false);
            Print(IndexFilesBenchmark.Measure(parse.GetValue(index)!, parse.GetValue(access), queries, warmUp, cancellationToken));
            return 0;
        });
        return command;
    }

    private static async Task<List<string>> ReadQuestionsAsync(string path, CancellationToken cancellationToken) =>
        JsonSerializer.Deserialize<List<string>>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false)) ?? [];

    private static void Print<T>(T result)
    {
        Console.Out.WriteLine(BenchmarkRunner.ResultPrefix + JsonSerializer.Serialize(result));
        Console.Out.Flush();
    }
}
