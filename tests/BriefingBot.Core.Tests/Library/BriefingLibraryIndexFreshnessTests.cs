using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Library;

public class BriefingLibraryIndexFreshnessTests
{
    private static BriefingLibrary Library(string corpus, PassageIndex index) =>
        new(
            Options.Create(new BriefingBotOptions { CorpusDirectory = corpus }),
            new BriefingParser(),
            index,
            new BriefingCatalog(),
            new EmptyBriefingStore(),
            NullLogger<BriefingLibrary>.Instance);

    [Fact]
    public async Task The_index_is_rebuilt_when_the_corpus_changes_and_kept_when_it_does_not()
    {
        using var corpus = new TempDirectory();
        using var data = new TempDirectory();
        File.Copy(Seed.Path, Path.Combine(corpus.Path, "seed.md"));

        string first;
        using (var index = PassageIndex.Open(data.Path))
        {
            await Library(corpus.Path, index).InitializeAsync(CancellationToken.None);
            first = index.Fingerprint!;
            Assert.Equal(27, index.PassageCount);
        }

        using (var index = PassageIndex.Open(data.Path))
        {
            await Library(corpus.Path, index).InitializeAsync(CancellationToken.None);
            Assert.Equal(first, index.Fingerprint);
        }

        await File.WriteAllTextAsync(Path.Combine(corpus.Path, "extra.md"), "---\nid: extra\ndate: 2026-11-24\n---\nفقرة جديدة عن النفط الكوري.");
        using (var index = PassageIndex.Open(data.Path))
        {
            await Library(corpus.Path, index).InitializeAsync(CancellationToken.None);
            Assert.NotEqual(first, index.Fingerprint);
            Assert.Equal(28, index.PassageCount);
        }
    }

    [Fact]
    public void The_fingerprint_covers_the_analyser_version_and_the_content()
    {
        var seed = Seed.Parse();
        var other = new BriefingParser().Parse(Seed.Text.Replace("بولياكوف", "بولياكوفا", StringComparison.Ordinal));

        Assert.Equal(BriefingLibrary.Fingerprint([seed]), BriefingLibrary.Fingerprint([Seed.Parse()]));
        Assert.NotEqual(BriefingLibrary.Fingerprint([seed]), BriefingLibrary.Fingerprint([other]));
    }
}
