using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Benchmarks.Corpus;
using BriefingBot.Benchmarks.Report;
using BriefingBot.Benchmarks.Speed;
using Microsoft.Extensions.Logging.Abstractions;

namespace BriefingBot.Benchmarks.Tests;

/// <summary>
/// The benchmark cannot rot: the whole harness runs on a tiny corpus and writes a complete report.
/// Nothing here is about speed; only that every section is there and every figure is a number.
/// </summary>
public sealed partial class HarnessSmokeTests : IDisposable
{
    private readonly TinyBenchmarkData _data = new();

    [Fact]
    public async Task Harness_on_a_tiny_corpus_writes_every_section_with_numbers()
    {
        var settings = BenchmarkSettings.Create(_data.Root, quick: true) with
        {
            OutputPath = Path.Combine(_data.Root, "RESULTS.md"),
            SharedDirectory = _data.SharedDirectory,
            DataDirectory = Path.Combine(_data.Root, "data"),
            Sizes = [200],
            Queries = 20,
            ThroughputDuration = TimeSpan.FromMilliseconds(100),
            FreshnessRepeats = 1,
            ColdStartRepeats = 1,
            InProcess = true,
            EndToEndQuestions = 0,
            WarmUpQuestions = 20,
            Communities = new CommunityShape(3, 2, 2),
        };

        var markdown = await RunCommand.RunAndWriteAsync(settings, NullLogger<BenchmarkRunner>.Instance, CancellationToken.None);

        Assert.Equal(markdown, await File.ReadAllTextAsync(settings.OutputPath));
        foreach (var section in new[] { "## Machine", "## Quality", "## Speed", "### Where the time goes", "## Targets", "## Communities", "## End to end", "## Method" })
        {
            Assert.Contains(section, markdown, StringComparison.Ordinal);
        }

        var qualityRows = TableRows(markdown, "## Quality").ToList();
        Assert.Equal(6, qualityRows.Count);
        var testSplit = _data.Questions.Count(q => q.Split == "test");
        foreach (var cells in qualityRows)
        {
            Assert.Equal(cells[0] == "ARCD test" ? testSplit : _data.Questions.Count, int.Parse(cells[2], CultureInfo.InvariantCulture));
            Assert.All(cells[3..], c => Assert.InRange(double.Parse(c, CultureInfo.InvariantCulture), 0, 1));
        }

        // The profile times every step the index's own search takes, the rescorers after the word search included.
        foreach (var step in new[] { "search ▸ verb families at the best 50", "search ▸ concepts at the best 50", "search ▸ answer kind at the best 50", "search ▸ word pairs at the best 50 (positions)" })
        {
            Assert.Contains(step, markdown, StringComparison.Ordinal);
        }

        var speedRows = TableRows(markdown, "## Speed").ToList();
        Assert.Equal(27, speedRows.Count);
        Assert.All(speedRows, cells => Assert.Matches(Figures(), cells[1]));
        Assert.Contains("Telegram | not measured yet", markdown, StringComparison.Ordinal);
        var communityRows = TableRows(markdown, "## Communities").ToList();
        Assert.Equal(12, communityRows.Count);
        Assert.Equal("0", communityRows.Single(r => r[0].StartsWith("Passages of another community", StringComparison.Ordinal))[1]);
    }

    [Fact]
    public void The_communities_command_replaces_only_its_own_section_of_an_existing_results_file()
    {
        const string existing = "# Results\n\n## Speed\n\nspeed rows\n\n## End to end\n\ne2e rows\n\n## Method\n\nmethod\n";

        var added = ResultsMarkdown.SpliceCommunities(existing, "## Communities\n\nfirst\n\n");
        var replaced = ResultsMarkdown.SpliceCommunities(added, "## Communities\n\nsecond\n\n");

        Assert.Equal("# Results\n\n## Speed\n\nspeed rows\n\n## Communities\n\nfirst\n\n## End to end\n\ne2e rows\n\n## Method\n\nmethod\n", added);
        Assert.Equal(added.Replace("first", "second", StringComparison.Ordinal), replaced);
    }

    [Fact]
    public async Task Child_process_opens_an_existing_index_and_answers()
    {
        var indexPath = Path.Combine(_data.Root, "index");
        var model = WordModel.FromPassages(_data.Passages.Select(p => p.Text));
        IndexCache.Build(indexPath, new SyntheticCorpus(model, seed: 1).Briefings(80), SeedBriefing.Parse(new Core.Briefings.BriefingParser()));

        var output = await ChildProcess.RunAsync(["cold-start", "--index", indexPath, "--question", _data.Questions[0].Question], CancellationToken.None);

        var result = Assert.Single(output, l => l.StartsWith(BenchmarkRunner.ResultPrefix, StringComparison.Ordinal));
        Assert.True(double.Parse(result[BenchmarkRunner.ResultPrefix.Length..], CultureInfo.InvariantCulture) > 0);
    }

    public void Dispose() => _data.Dispose();

    /// <summary>The cells of the first table after <paramref name="heading"/>, header and separator skipped.</summary>
    private static IEnumerable<string[]> TableRows(string markdown, string heading)
    {
        var lines = markdown[markdown.IndexOf(heading, StringComparison.Ordinal)..].Split('\n');
        return lines
            .SkipWhile(l => !l.StartsWith('|'))
            .TakeWhile(l => l.StartsWith('|'))
            .Skip(2)
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray());
    }

    /// <summary>A figure, or two separated by a slash.</summary>
    [GeneratedRegex(@"^-?\d+(\.\d+)?( / -?\d+(\.\d+)?)?$")]
    private static partial Regex Figures();
}
