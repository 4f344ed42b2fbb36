using System.Text;
using System.Text.Json;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Storage;
using BriefingBot.Core.Tests.Library;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Storage;

public sealed class FileBriefingStoreTests : IDisposable
{
    private static readonly DateTimeOffset PostedAt = new(2026, 11, 24, 8, 30, 0, TimeSpan.Zero);
    private static readonly BriefingOrigin Origin = new("telegram", "-100123", "777", "Salma");

    private readonly string _data = Path.Combine(Path.GetTempPath(), "briefingbot-tests", Guid.NewGuid().ToString("N"));
    private readonly BriefingParser _parser = new();
    private readonly FileBriefingStore _store;

    public FileBriefingStoreTests()
    {
        _store = NewStore();
    }

    private string Dir => Path.Combine(_data, "briefings");

    [Fact]
    public async Task A_saved_briefing_loads_back_identical_from_its_text_and_metadata()
    {
        var text = SampleBriefings.Make("alpha");
        var saved = Stored(text, new BriefingHeader(Title: "عنوان من المشرف", Source: "موجز الأخبار"));
        await _store.SaveAsync(saved, CancellationToken.None);

        using var reopened = NewStore();
        var loaded = Assert.Single(await reopened.LoadAllAsync(CancellationToken.None));

        Assert.Equal(saved.Briefing, loaded with { Sections = saved.Briefing.Sections, Passages = saved.Briefing.Passages, SpeakerProfiles = saved.Briefing.SpeakerProfiles });
        Assert.Equal(saved.Briefing.Sections, loaded.Sections);
        Assert.Equal(saved.Briefing.Passages, loaded.Passages);
        Assert.Equal(saved.Briefing.SpeakerProfiles, loaded.SpeakerProfiles);
    }

    [Fact]
    public async Task The_metadata_records_who_posted_where_and_when_and_the_content_hash()
    {
        var saved = Stored(SampleBriefings.Make("beta"), fileName: "today.txt");
        await _store.SaveAsync(saved, CancellationToken.None);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Dir, saved.Briefing.Id + ".json")));
        var root = json.RootElement;
        Assert.Equal(saved.Briefing.Id, root.GetProperty("id").GetString());
        Assert.Equal(saved.Briefing.Title, root.GetProperty("title").GetString());
        Assert.Equal("2026-11-24", root.GetProperty("date").GetString());
        Assert.Equal(saved.Briefing.ContentHash, root.GetProperty("contentHash").GetString());
        Assert.Equal("777", root.GetProperty("postedBy").GetProperty("userId").GetString());
        Assert.Equal("Salma", root.GetProperty("postedBy").GetProperty("name").GetString());
        Assert.Equal("telegram", root.GetProperty("platform").GetString());
        Assert.Equal("-100123", root.GetProperty("chat").GetString());
        Assert.Equal(PostedAt, root.GetProperty("postedAt").GetDateTimeOffset());
        Assert.Equal("today.txt", root.GetProperty("originalFileName").GetString());
        var textFile = root.GetProperty("textFile").GetString()!;
        Assert.EndsWith(".txt", textFile, StringComparison.Ordinal);
        Assert.Equal(saved.Text, await File.ReadAllTextAsync(Path.Combine(Dir, textFile)));
    }

    [Fact]
    public async Task Leftovers_of_an_interrupted_write_are_ignored_and_removed_on_load()
    {
        var saved = Stored(SampleBriefings.Make("gamma"));
        await _store.SaveAsync(saved, CancellationToken.None);

        // What a crash can leave: a temporary file mid-write, and a text file whose metadata was never written.
        var orphan = Stored(SampleBriefings.Make("delta"));
        var temp = Path.Combine(Dir, $".{orphan.Briefing.Id}.json.0123456789abcdef.tmp");
        await File.WriteAllTextAsync(temp, "{ \"id\": \"half");
        var orphanText = Path.Combine(Dir, $"{orphan.Briefing.Id}.0123456789abcdef.md");
        await File.WriteAllTextAsync(orphanText, orphan.Text);
        var unrelated = Path.Combine(Dir, "README.md");
        await File.WriteAllTextAsync(unrelated, "notes of the operator");

        using var reopened = NewStore();
        var loaded = await reopened.LoadAllAsync(CancellationToken.None);

        Assert.Equal([saved.Briefing.Id], loaded.Select(b => b.Id));
        Assert.False(File.Exists(temp));
        Assert.False(File.Exists(orphanText));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public async Task A_briefing_whose_text_does_not_match_its_recorded_hash_is_not_loaded()
    {
        var saved = Stored(SampleBriefings.Make("epsilon"));
        await _store.SaveAsync(saved, CancellationToken.None);
        var textFile = Directory.GetFiles(Dir, "*.md").Single();
        await File.WriteAllTextAsync(textFile, saved.Text[..(saved.Text.Length / 2)]);

        Assert.Empty(await NewStore().LoadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_record_that_cannot_be_read_is_skipped_but_its_text_is_kept()
    {
        var saved = Stored(SampleBriefings.Make("kaf"));
        await _store.SaveAsync(saved, CancellationToken.None);
        await File.WriteAllTextAsync(Path.Combine(Dir, saved.Briefing.Id + ".json"), "{ not json");

        Assert.Empty(await NewStore().LoadAllAsync(CancellationToken.None));
        Assert.Single(Directory.GetFiles(Dir, "*.md"));
    }

    [Theory]
    [InlineData("textFile")]
    [InlineData("textSha256")]
    [InlineData("supplied")]
    public async Task A_record_with_a_null_field_is_skipped_and_the_other_briefings_load(string field)
    {
        var kept = Stored(SampleBriefings.Make("kept"));
        var damaged = Stored(SampleBriefings.Make("damaged", date: "2026-11-25"));
        await _store.SaveAsync(kept, CancellationToken.None);
        await _store.SaveAsync(damaged, CancellationToken.None);
        var recordPath = Path.Combine(Dir, damaged.Briefing.Id + ".json");
        var record = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(recordPath))!.AsObject();
        record[field] = null;
        await File.WriteAllTextAsync(recordPath, record.ToJsonString());

        using var reopened = NewStore();
        var loaded = await reopened.LoadAllAsync(CancellationToken.None);

        Assert.Equal([kept.Briefing.Id], loaded.Select(b => b.Id));
        Assert.True(await reopened.DeleteAsync(damaged.Briefing.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Saving_the_same_id_again_replaces_the_text_and_removes_the_old_file()
    {
        var first = Stored(SampleBriefings.Make("zeta", id: "fixed-id"));
        var second = Stored(SampleBriefings.Make("eta", id: "fixed-id"));
        await _store.SaveAsync(first, CancellationToken.None);
        await _store.SaveAsync(second, CancellationToken.None);

        var loaded = Assert.Single(await NewStore().LoadAllAsync(CancellationToken.None));
        Assert.Equal(second.Briefing.ContentHash, loaded.ContentHash);
        Assert.Equal(2, Directory.GetFiles(Dir).Length);
    }

    [Fact]
    public async Task Deleting_removes_metadata_and_text_and_reports_unknown_ids()
    {
        var saved = Stored(SampleBriefings.Make("theta"));
        await _store.SaveAsync(saved, CancellationToken.None);

        Assert.True(await _store.DeleteAsync(saved.Briefing.Id, CancellationToken.None));
        Assert.False(await _store.DeleteAsync(saved.Briefing.Id, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Dir));
        Assert.Empty(await _store.LoadAllAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_store_directory_is_an_empty_store()
    {
        Assert.Empty(await _store.LoadAllAsync(CancellationToken.None));
        Assert.False(Directory.Exists(Dir));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("")]
    public async Task Ids_that_are_no_safe_file_names_are_refused(string id)
    {
        var saved = Stored(SampleBriefings.Make("iota"));
        var unsafeBriefing = saved with { Briefing = saved.Briefing with { Id = id } };

        await Assert.ThrowsAsync<ArgumentException>(() => _store.SaveAsync(unsafeBriefing, CancellationToken.None));
        Assert.False(Directory.Exists(Dir) && Directory.EnumerateFiles(Dir).Any());
    }

    [Fact]
    public async Task Atomic_write_replaces_a_file_whole_and_leaves_no_temporary_file()
    {
        Directory.CreateDirectory(Dir);
        var path = Path.Combine(Dir, "file.json");
        await File.WriteAllTextAsync(path, "old");

        await AtomicFile.WriteAsync(path, Encoding.UTF8.GetBytes("new content"), CancellationToken.None);

        Assert.Equal("new content", await File.ReadAllTextAsync(path));
        Assert.Equal(["file.json"], Directory.GetFiles(Dir).Select(Path.GetFileName));
    }

    public void Dispose()
    {
        _store.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private FileBriefingStore NewStore() =>
        new(Options.Create(new BriefingBotOptions { DataDirectory = _data }), _parser, NullLogger<FileBriefingStore>.Instance);

    private StoredBriefing Stored(string text, BriefingHeader? header = null, string? fileName = "briefing.md")
    {
        header ??= new BriefingHeader();
        return new StoredBriefing(_parser.Parse(text, header), text, header, Origin, PostedAt, fileName);
    }
}
