using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Tests.Library;

/// <summary>No briefing, posted or already stored, may stop the data directory from being served.</summary>
public sealed class UnusableBriefingTests
{
    [Fact]
    public async Task A_briefing_naming_a_speaker_with_a_giant_word_leaves_the_data_directory_usable()
    {
        using var library = await TestLibrary.CreateAsync();
        var good = await library.AddAsync(SampleBriefings.Make("goodmarker"));

        var result = await library.SubmitAsync($"# موجز\n\nقال الخبير {new string('ب', 20_000)} إن العلاقات تتطور بسرعة.\n");

        var added = Assert.IsType<BriefingAdded>(result);
        Assert.All(added.Briefing.Passages, p => Assert.Null(p.Speaker));
        Assert.Equal(good.Id, library.Ask("goodmarker").Passages[0].Passage.BriefingId);
        using var restarted = library.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None, forceRebuild: true);
        Assert.Equal(2, restarted.Catalog.All.Count);
        Assert.Equal(good.Id, restarted.Ask("goodmarker").Passages[0].Passage.BriefingId);
    }

    [Fact]
    public async Task A_stored_briefing_the_index_cannot_take_is_skipped_with_a_logged_reason_and_the_rest_is_served()
    {
        using var data = await TestLibrary.CreateAsync();
        var good = await data.AddAsync(SampleBriefings.Make("goodmarker"));
        using var reopened = data.Reopen();
        var broken = Unindexable("2026-11-25-broken");
        var logger = new ListLogger<BriefingLibrary>();
        var library = new BriefingLibrary(
            Microsoft.Extensions.Options.Options.Create(reopened.Options), reopened.Parser, reopened.Index, reopened.Catalog, new WithExtraBriefing(reopened.Store, broken), logger);

        await library.InitializeAsync(CancellationToken.None);

        Assert.Equal([good.Id], library.Catalog.All.Select(b => b.Id));
        Assert.Equal(good.Id, reopened.Ask("goodmarker").Passages[0].Passage.BriefingId);
        var skipped = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning && Equals(e.Values.GetValueOrDefault("BriefingId"), broken.Id));
        Assert.Contains("speaker", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_briefing_beyond_the_bounds_is_refused_before_it_is_stored()
    {
        using var library = await TestLibrary.CreateAsync();
        var files = library.StoreFiles();
        var broken = Unindexable("2026-11-25-broken");

        await Assert.ThrowsAsync<ArgumentException>(() => library.Library.AddAsync(
            new StoredBriefing(broken, "text", new BriefingHeader(), new BriefingOrigin("test", null, "1", "m"), DateTimeOffset.UtcNow),
            CancellationToken.None));

        Assert.Equal(files, library.StoreFiles());
        Assert.Empty(library.Catalog.All);
    }

    [Fact]
    public async Task Unbrief_removes_a_stored_briefing_that_can_no_longer_be_read()
    {
        using var library = await TestLibrary.CreateAsync();
        var good = await library.AddAsync(SampleBriefings.Make("goodmarker"));
        var bad = await library.AddAsync(SampleBriefings.Make("badmarker", date: "2026-11-25"));
        await RewriteStoredTextAsync(library.StoreDirectory, bad.Id, "# عناوين فقط\n\n## بلا فقرات\n");
        using var restarted = library.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None);
        Assert.Equal([good.Id], restarted.Catalog.All.Select(b => b.Id));

        var removed = await restarted.Library.RemoveAsync(bad.Id, CancellationToken.None);

        Assert.Equal(RemoveOutcome.Removed, removed.Outcome);
        Assert.DoesNotContain(restarted.StoreFiles(), f => f.StartsWith(bad.Id, StringComparison.Ordinal));
        Assert.Equal(good.Id, restarted.Ask("goodmarker").Passages[0].Passage.BriefingId);
        Assert.Contains(bad.Id, BriefingTexts.For(Core.Chat.ChatLanguage.English).Removal(removed, bad.Id), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("")]
    [InlineData("a/b")]
    public async Task Unbrief_of_an_id_that_cannot_be_one_is_not_found(string id)
    {
        using var library = await TestLibrary.CreateAsync();

        Assert.Equal(RemoveOutcome.NotFound, (await library.Library.RemoveAsync(id, CancellationToken.None)).Outcome);
    }

    /// <summary>A briefing as an older version, or another store, might hand over: a speaker "name" of 20,000 letters.</summary>
    internal static Briefing Unindexable(string id)
    {
        var date = new DateOnly(2026, 11, 25);
        var passages = new[]
        {
            new Passage($"{id}#001", id, "موجز معطوب", date, null, 1, "قال الخبير إن العلاقات تتطور brokenmarker.", new string('ب', 20_000)),
        };
        return new Briefing(id, "موجز معطوب", date, null, [], passages, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id))));
    }

    /// <summary>Replaces a stored briefing's text (and the hash its record holds), as an older parser's accepted text would be.</summary>
    internal static async Task RewriteStoredTextAsync(string storeDirectory, string id, string text)
    {
        var recordPath = Path.Combine(storeDirectory, id + ".json");
        var record = JsonNode.Parse(await File.ReadAllTextAsync(recordPath))!.AsObject();
        var textPath = Path.Combine(storeDirectory, record["textFile"]!.GetValue<string>());
        var bytes = Encoding.UTF8.GetBytes(text);
        await File.WriteAllBytesAsync(textPath, bytes);
        record["textSha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await File.WriteAllTextAsync(recordPath, record.ToJsonString());
    }

    private sealed class WithExtraBriefing(IBriefingStore inner, Briefing extra) : IBriefingStore
    {
        public async Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken) =>
            [.. await inner.LoadAllAsync(cancellationToken), extra];

        public Task SaveAsync(StoredBriefing briefing, CancellationToken cancellationToken) => inner.SaveAsync(briefing, cancellationToken);

        public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken) => inner.DeleteAsync(id, cancellationToken);

        public Task<bool> AssignAsync(string id, string? community, CancellationToken cancellationToken) => inner.AssignAsync(id, community, cancellationToken);
    }
}

/// <summary>A post never overwrites or hides a briefing it does not own: the shipped ones belong to the operator.</summary>
public sealed class BriefingOwnershipTests
{
    private static readonly string ShippedCorpus = Path.Combine(AppContext.BaseDirectory, "corpus");

    [Theory]
    [InlineData("2026-11-23-moscow-pyongyang")]
    [InlineData("2026-11-23-Moscow-Pyongyang")]
    public async Task A_post_with_a_shipped_briefing_id_is_refused_and_the_shipped_one_still_answers(string id)
    {
        using var library = await TestLibrary.CreateAsync(corpusDirectory: ShippedCorpus);
        var shipped = Assert.Single(library.Catalog.All);
        Assert.Equal("2026-11-23-moscow-pyongyang", shipped.Id);

        var result = await library.SubmitAsync(SampleBriefings.Make("intruder", id: id));

        Assert.Equal(IntakeRejection.IdInUse, Assert.IsType<BriefingRejected>(result).Reason);
        Assert.Empty(library.StoreFiles());
        Assert.Equal([shipped.Id], library.Catalog.All.Select(b => b.Id));
        Assert.Equal(shipped.Id, library.Ask("ماذا قال بولياكوف؟").Passages[0].Passage.BriefingId);
        Assert.False(library.Ask("intruder").Answered);
    }

    [Fact]
    public async Task A_stored_briefing_that_took_a_shipped_id_is_ignored_and_unbrief_clears_it()
    {
        using var library = await TestLibrary.CreateAsync(corpusDirectory: ShippedCorpus);
        var shipped = Assert.Single(library.Catalog.All);
        var intruder = new BriefingParser().Parse(SampleBriefings.Make("intruder", id: shipped.Id));
        await library.Store.SaveAsync(new StoredBriefing(intruder, SampleBriefings.Make("intruder", id: shipped.Id), new BriefingHeader(), new BriefingOrigin("test", null, "1", "m"), DateTimeOffset.UtcNow), CancellationToken.None);
        using var restarted = library.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None);

        Assert.Equal(shipped.ContentHash, Assert.Single(restarted.Catalog.All).ContentHash);
        Assert.False(restarted.Ask("intruder").Answered);
        Assert.Equal(shipped.Id, restarted.Ask("ماذا قال بولياكوف؟").Passages[0].Passage.BriefingId);

        var removed = await restarted.Library.RemoveAsync(shipped.Id, CancellationToken.None);

        Assert.Equal(RemoveOutcome.ShippedWithBot, removed.Outcome);
        Assert.Empty(restarted.StoreFiles());
        Assert.Equal(shipped.Passages.Count, restarted.Index.PassageCount);
    }

    [Fact]
    public async Task A_post_may_still_update_a_briefing_that_was_posted()
    {
        using var library = await TestLibrary.CreateAsync(corpusDirectory: ShippedCorpus);
        await library.AddAsync(SampleBriefings.Make("first", id: "2026-11-24-economy"));

        var result = await library.SubmitAsync(SampleBriefings.Make("second", id: "2026-11-24-economy"));

        Assert.True(Assert.IsType<BriefingAdded>(result).Replaced);
        Assert.True(library.Ask("second").Answered);
        Assert.False(library.Ask("first").Answered);
    }
}
