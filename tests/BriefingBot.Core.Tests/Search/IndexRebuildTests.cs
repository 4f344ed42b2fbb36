using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Library;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>A rebuild fills a new index beside the one that serves, which keeps answering, and switches to it at once.</summary>
public class IndexRebuildTests
{
    private static readonly BriefingParser Parser = new();

    /// <summary>
    /// How long a step may wait for the other side before the test fails instead of hanging: generous, because the waits
    /// only end hangs. Thirty seconds were not: in a fresh-clone CI the test thread, sharing two cores with the dev-set
    /// runs, took longer than that to search, post and remove while the rebuild was held.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    private static IReadOnlyList<PassageHit> Search(PassageIndex index, string question) =>
        index.Search(new PassageSearch(index.Analyze(question), 3)).Hits;

    private static Briefing Sample(string marker, string id) => Parser.Parse(SampleBriefings.Make(marker, id: id));

    [Fact]
    public async Task The_old_index_answers_while_the_new_one_is_built_and_goes_live_with_what_was_posted_meanwhile()
    {
        using var dir = new TempDirectory();
        using var index = PassageIndex.Open(dir.Path);
        index.Rebuild([Seed.Parse(), Sample("كهرمانستان", "gone")], "fp-1");
        var kept = Sample("زبرجدستان", "kept");
        var posted = Sample("فيروزستان", "posted");

        var rebuild = index.BeginRebuild(passagesTotal: 100);
        using var release = new SemaphoreSlim(0);
        using var reached = new SemaphoreSlim(0);
        var building = Task.Run(() => index.Build(rebuild, Held(reached, release, Seed.Parse(), Sample("كهرمانستان", "gone"), kept), CancellationToken.None));
        Assert.True(await reached.WaitAsync(HangGuard), "The rebuild never started writing.");

        // Mid-build: the old index answers, and a briefing posted or removed now is served at once.
        Assert.True(index.IsServing);
        Assert.Equal(Seed.Id, Search(index, "أداة تحالف أيديولوجي تكتيكية")[0].Passage.BriefingId);
        Assert.Empty(Search(index, "زبرجدستان"));
        index.Upsert(posted, "fp-2");
        index.Remove("gone", "fp-2");
        Assert.Equal("posted", Search(index, "فيروزستان")[0].Passage.BriefingId);
        Assert.Empty(Search(index, "كهرمانستان"));
        Assert.Equal("fp-1", index.Fingerprint); // A crash now must bring the rebuild back.
        Assert.NotNull(index.RebuildProgress);

        release.Release();
        Assert.Empty(await building.WaitAsync(HangGuard));
        Assert.Empty(Search(index, "زبرجدستان")); // Not live until the switch.
        Assert.Empty(index.CompleteRebuild(rebuild, "fp-2"));

        Assert.Null(index.RebuildProgress);
        Assert.Equal("fp-2", index.Fingerprint);
        Assert.Equal("kept", Search(index, "زبرجدستان")[0].Passage.BriefingId);
        Assert.Equal("posted", Search(index, "فيروزستان")[0].Passage.BriefingId);
        Assert.Empty(Search(index, "كهرمانستان"));
        Assert.Equal(Seed.Parse().Passages.Count + kept.Passages.Count + posted.Passages.Count, index.PassageCount);

        // The old index's folder is gone once nothing reads it; the pointer names the new one.
        var folders = Directory.GetDirectories(dir.Path).Select(Path.GetFileName).ToList();
        Assert.Equal([File.ReadAllText(Path.Combine(dir.Path, "current"))], folders);
    }

    [Fact]
    public void The_new_index_survives_a_restart_and_the_stale_folders_of_an_interrupted_rebuild_are_deleted()
    {
        using var dir = new TempDirectory();
        using (var index = PassageIndex.Open(dir.Path))
        {
            index.Rebuild([Seed.Parse()], "fp-1");
            index.Rebuild([Seed.Parse(), Sample("زبرجدستان", "kept")], "fp-2");

            // Interrupted: begun and written, never switched to.
            var interrupted = index.BeginRebuild(27);
            index.Build(interrupted, [Sample("كهرمانستان", "never")], CancellationToken.None);
        }

        Directory.CreateDirectory(Path.Combine(dir.Path, "gen-99"));
        using var reopened = PassageIndex.Open(dir.Path);

        Assert.Equal("fp-2", reopened.Fingerprint);
        Assert.Equal("kept", Search(reopened, "زبرجدستان")[0].Passage.BriefingId);
        Assert.Empty(Search(reopened, "كهرمانستان"));
        Assert.Single(Directory.GetDirectories(dir.Path));
    }

    [Fact]
    public void An_index_that_cannot_be_read_does_not_serve_and_says_why_until_a_rebuild_replaces_it()
    {
        using var dir = new TempDirectory();
        using (var index = PassageIndex.Open(dir.Path))
        {
            index.Rebuild([Seed.Parse()], "fp-1");
        }

        Corrupt(dir.Path);
        using var broken = PassageIndex.Open(dir.Path);

        Assert.False(broken.IsServing);
        Assert.NotNull(broken.UnusableReason);
        Assert.Null(broken.Fingerprint);
        Assert.Empty(Search(broken, "أداة تحالف أيديولوجي تكتيكية"));

        broken.Rebuild([Seed.Parse()], "fp-2");

        Assert.True(broken.IsServing);
        Assert.Equal(Seed.Id, Search(broken, "أداة تحالف أيديولوجي تكتيكية")[0].Passage.BriefingId);
        Assert.Single(Directory.GetDirectories(dir.Path));
    }

    [Fact]
    public void An_index_written_by_an_older_version_in_the_directory_itself_serves_until_a_rebuild_replaces_it()
    {
        using var dir = new TempDirectory();
        WriteLegacyIndex(dir.Path, "fp-old");

        using var index = PassageIndex.Open(dir.Path);
        Assert.Equal("fp-old", index.Fingerprint);
        Assert.Equal(Seed.Id, Search(index, "أداة تحالف أيديولوجي تكتيكية")[0].Passage.BriefingId);

        index.Rebuild([Seed.Parse()], "fp-new");

        Assert.Equal("fp-new", index.Fingerprint);
        Assert.Empty(Directory.GetFiles(dir.Path, "segments*"));
        Assert.Empty(Directory.GetFiles(dir.Path, "_*"));
    }

    [Fact]
    public void An_index_built_on_several_threads_answers_exactly_as_one_built_on_one()
    {
        Briefing[] briefings = [Seed.Parse(), .. Enumerable.Range(0, 12).Select(i => Sample($"علامة{i}", $"sample-{i}"))];
        string[] questions = ["ماذا قال بولياكوف عن التحالف؟", "تشديد العقوبات على بيونغ يانغ", "ملف الطاقة بين البلدين", "علامة7 التعاون الاقتصادي"];
        List<(string Id, float Score)> Answers(int threads)
        {
            using var index = PassageIndex.InMemory();
            index.BuildThreads = threads;
            index.Rebuild(briefings, "fp");
            Assert.Equal(briefings.Sum(b => b.Passages.Count), index.PassageCount);
            // Every hit (the samples share sentences, so equal scores are common): the same passages with the same
            // scores; the order among equal scores follows document order, which threads may change.
            return questions.SelectMany(q => index.Search(new PassageSearch(index.Analyze(q), 200)).Hits
                .Select(h => (h.Passage.Id, h.Score)).OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal)).ToList();
        }

        var one = Answers(1);

        Assert.NotEmpty(one);
        Assert.Equal(one, Answers(4));
    }

    /// <summary>Overwrites the serving index's commit file with garbage, as a torn disk write would.</summary>
    internal static void Corrupt(string indexDirectory)
    {
        var files = PassageIndex.FilesDirectory(indexDirectory)!;
        foreach (var segments in Directory.GetFiles(files, "segments_*"))
        {
            File.WriteAllBytes(segments, [1, 2, 3, 4, 5, 6, 7, 8]);
        }
    }

    /// <summary>An index as versions before the side-by-side rebuild wrote it: Lucene's files directly in the index directory.</summary>
    private static void WriteLegacyIndex(string path, string fingerprint)
    {
        // Built the new way, then its files moved up into the root and the pointer dropped.
        using (var index = PassageIndex.Open(path))
        {
            index.Rebuild([Seed.Parse()], fingerprint);
        }

        var folder = PassageIndex.FilesDirectory(path)!;
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Move(file, Path.Combine(path, Path.GetFileName(file)));
        }

        Directory.Delete(folder);
        File.Delete(Path.Combine(path, "current"));
    }

    private static IEnumerable<Briefing> Held(SemaphoreSlim reached, SemaphoreSlim release, params Briefing[] briefings)
    {
        for (var i = 0; i < briefings.Length; i++)
        {
            yield return briefings[i];
            if (i == 0)
            {
                reached.Release();
                if (!release.Wait(HangGuard))
                {
                    throw new TimeoutException("The test never let the rebuild go on.");
                }
            }
        }
    }
}
