using BriefingBot.Core.Search;

namespace BriefingBot.Tests.Cli;

/// <summary>
/// A rebuild is built beside the index that serves and switched to in one step: the <c>index</c> command killed
/// (SIGKILL) in the middle of a rebuild leaves the old index serving, and the next start deletes what it left.
/// </summary>
public sealed class IndexRebuildCrashTests : IDisposable
{
    /// <summary>
    /// Copies of the seed briefing: enough that the rebuild is still writing when its first progress line is read. 300
    /// were not on a quiet machine: a fresh-clone CI saw the whole rebuild end before the test could kill it.
    /// </summary>
    private const int Copies = 1200;

    private readonly string _root = HostProcess.NewTempDirectory();

    private string Data => Path.Combine(_root, "data");

    private string Corpus => Path.Combine(_root, "corpus");

    private Dictionary<string, string> Environment => new() { ["BriefingBot__CorpusDirectory"] = Corpus };

    [Fact]
    public async Task Killed_mid_rebuild_the_index_command_leaves_the_old_index_serving_and_the_next_rebuild_completes()
    {
        Directory.CreateDirectory(Corpus);
        var body = HostProcess.SeedBody();
        await File.WriteAllTextAsync(Path.Combine(Corpus, "first.md"), $"---\nid: first\ndate: 2026-11-23\n---\n# الأول\n\n{body}");
        var first = await HostProcess.RunAsync(Data, Environment, "index");
        Assert.True(first.ExitCode == 0, first.Error);
        var indexDirectory = Path.Combine(Data, "index");
        var oldFolder = PassageIndex.FilesDirectory(indexDirectory);
        string? oldFingerprint;
        using (var old = PassageIndex.Open(indexDirectory))
        {
            oldFingerprint = old.Fingerprint;
            Assert.Equal(27, old.PassageCount);
        }

        for (var i = 0; i < Copies; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(Corpus, $"copy-{i:D3}.md"), $"---\nid: copy-{i:D3}\ndate: 2026-11-24\n---\n# نسخة\n\n{body}");
        }

        using (var rebuilding = HostProcess.Start(Data, Environment, "index"))
        {
            rebuilding.StandardInput.Close();
            var line = await rebuilding.StandardError.ReadLineAsync().WaitAsync(HostProcess.HangGuard);
            while (line is not null && !line.StartsWith("Indexing:", StringComparison.Ordinal))
            {
                line = await rebuilding.StandardError.ReadLineAsync().WaitAsync(HostProcess.HangGuard);
            }

            Assert.False(rebuilding.HasExited, "The rebuild ended before it could be killed: the test exercised no crash.");
            Assert.StartsWith("Indexing:", line, StringComparison.Ordinal);
            rebuilding.Kill(entireProcessTree: true);
            await rebuilding.WaitForExitAsync().WaitAsync(HostProcess.HangGuard);
        }

        // As the crash left it: the pointer still names the old index, whole.
        Assert.Equal(oldFolder, PassageIndex.FilesDirectory(indexDirectory));
        using (var reopened = PassageIndex.Open(indexDirectory))
        {
            Assert.True(reopened.IsServing);
            Assert.Equal(oldFingerprint, reopened.Fingerprint);
            Assert.Equal(27, reopened.PassageCount);
            Assert.Equal("first", reopened.Search(new PassageSearch(reopened.Analyze("أداة تحالف أيديولوجي تكتيكية"), 1)).Hits[0].Passage.BriefingId);
            Assert.Equal(oldFolder, Assert.Single(Directory.GetDirectories(indexDirectory))); // The half-built folder is gone.
        }

        var again = await HostProcess.RunAsync(Data, Environment, "index");
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Contains($"{(Copies + 1) * 27} passage(s)", again.Output, StringComparison.Ordinal);
        Assert.Contains("Indexing:", again.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
