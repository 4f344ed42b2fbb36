using System.CommandLine;
using System.Text;
using BriefingBot.Benchmarks;

Console.OutputEncoding = Encoding.UTF8;

var root = new RootCommand("BriefingBot benchmarks: retrieval quality against plain BM25, and speed at 1k to 1M passages. Writes bench/RESULTS.md.");
foreach (var option in RunCommand.Options)
{
    root.Options.Add(option);
}

root.SetAction(RunCommand.RunAsync);
root.Subcommands.Add(ChildCommands.BuildIndex());
root.Subcommands.Add(ChildCommands.Measure());
root.Subcommands.Add(ChildCommands.MeasureIndexFiles());
root.Subcommands.Add(ChildCommands.ColdStart());
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CommunitiesCommand.Create());
root.Subcommands.Add(LatencyCommand.Create());
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
