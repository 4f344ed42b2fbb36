using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Tests.Library;

public sealed class BriefingLibraryTests
{
    [Fact]
    public async Task At_equal_relevance_the_newer_briefing_ranks_first_even_when_it_was_added_last()
    {
        using var library = await TestLibrary.CreateAsync();
        var older = await library.AddAsync(SampleBriefings.Make("older", date: "2026-11-20"));
        var newer = await library.AddAsync(SampleBriefings.Make("newer", date: "2026-11-24"));
        await library.AddAsync(SampleBriefings.Make("middle", date: "2026-11-22"));

        var answer = library.Ask("qwerty");

        // The shared paragraph is word for word the same in all three, so its score is the same in each.
        Assert.Equal(3, answer.Passages.Count);
        Assert.Single(answer.Passages.Select(p => p.Score).Distinct());
        Assert.Equal([newer.Date, new DateOnly(2026, 11, 22), older.Date], answer.Passages.Select(p => p.Passage.BriefingDate));
    }

    [Fact]
    public async Task Every_passage_says_which_briefing_it_comes_from()
    {
        using var library = await TestLibrary.CreateAsync();
        var first = await library.AddAsync(SampleBriefings.Make("omicron", date: "2026-11-21"));
        var second = await library.AddAsync(SampleBriefings.Make("pi", date: "2026-11-22"));

        var answer = library.Ask("qwerty");

        Assert.Equal(
            [(second.Id, second.Title, second.Date), (first.Id, first.Title, first.Date)],
            answer.Passages.Select(p => (p.Passage.BriefingId, p.Passage.BriefingTitle, p.Passage.BriefingDate)));
    }

    [Fact]
    public async Task A_question_limited_to_the_latest_briefing_finds_nothing_from_older_ones()
    {
        using var library = await TestLibrary.CreateAsync();
        await library.AddAsync(SampleBriefings.Make("rho", date: "2026-11-20"));
        var latest = await library.AddAsync(SampleBriefings.Make("sigma", date: "2026-11-24"));

        var all = library.Ask("qwerty");
        var latestOnly = library.Ask("qwerty", latestOnly: true);

        Assert.Equal(2, all.Passages.Count);
        Assert.Equal(latest.Id, Assert.Single(latestOnly.Passages).Passage.BriefingId);
        Assert.False(library.Ask("rho", latestOnly: true).Answered);
        Assert.True(library.Ask("rho").Answered);
    }

    [Fact]
    public async Task Removing_a_briefing_takes_it_out_of_store_index_and_catalog()
    {
        using var library = await TestLibrary.CreateAsync();
        var kept = await library.AddAsync(SampleBriefings.Make("tau"));
        var removed = await library.AddAsync(SampleBriefings.Make("upsilon"));

        var result = await library.Library.RemoveAsync(removed.Id, CancellationToken.None);

        Assert.Equal(RemoveOutcome.Removed, result.Outcome);
        Assert.Equal(removed.Id, result.Briefing?.Id);
        Assert.False(library.Ask("upsilon").Answered);
        Assert.True(library.Ask("tau").Answered);
        Assert.Equal(kept.Passages.Count, library.Index.PassageCount);
        Assert.Equal([kept.Id], library.Catalog.All.Select(b => b.Id));
        Assert.DoesNotContain(library.StoreFiles(), f => f.StartsWith(removed.Id, StringComparison.Ordinal));
        Assert.Equal(BriefingLibrary.Fingerprint(library.Catalog.All), library.Index.Fingerprint);
    }

    [Fact]
    public async Task Removing_an_unknown_id_changes_nothing()
    {
        using var library = await TestLibrary.CreateAsync();
        await library.AddAsync(SampleBriefings.Make("phi"));
        var files = library.StoreFiles();

        var result = await library.Library.RemoveAsync("2026-01-01-nothing", CancellationToken.None);

        Assert.Equal(RemoveOutcome.NotFound, result.Outcome);
        Assert.Equal(files, library.StoreFiles());
    }

    [Fact]
    public async Task A_briefing_shipped_with_the_bot_cannot_be_removed()
    {
        using var library = await TestLibrary.CreateAsync(corpusDirectory: Path.Combine(AppContext.BaseDirectory, "corpus"));
        var shipped = Assert.Single(library.Catalog.All);

        var result = await library.Library.RemoveAsync(shipped.Id, CancellationToken.None);

        Assert.Equal(RemoveOutcome.ShippedWithBot, result.Outcome);
        Assert.Single(library.Catalog.All);
        Assert.Equal(shipped.Passages.Count, library.Index.PassageCount);
    }

    [Fact]
    public async Task A_post_of_a_shipped_briefing_is_recognised_as_already_present()
    {
        using var library = await TestLibrary.CreateAsync(corpusDirectory: Path.Combine(AppContext.BaseDirectory, "corpus"));

        var result = await library.SubmitAsync(SampleBriefings.Seed(), fileName: "seed.md");

        Assert.Equal(library.Catalog.All[0].Id, Assert.IsType<BriefingAlreadyPresent>(result).Existing.Id);
        Assert.Empty(library.StoreFiles());
    }

    [Fact]
    public async Task A_briefing_stored_before_a_crash_that_missed_the_index_commit_is_searchable_after_restart()
    {
        var library = await TestLibrary.CreateAsync();
        await library.AddAsync(SampleBriefings.Make("chi"));

        // The process died after the store write and before the index commit: only the store has the briefing.
        var text = SampleBriefings.Make("psi");
        var parsed = library.Parser.Parse(text);
        await library.Store.SaveAsync(new StoredBriefing(parsed, text, new BriefingHeader(), new BriefingOrigin("test", null, null, null), DateTimeOffset.UtcNow), CancellationToken.None);

        using var restarted = library.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None);

        Assert.True(restarted.Ask("psi").Answered);
        Assert.Equal(restarted.Catalog.All.Sum(b => b.Passages.Count), restarted.Index.PassageCount);
        Assert.Equal(BriefingLibrary.Fingerprint(restarted.Catalog.All), restarted.Index.Fingerprint);
    }

    [Fact]
    public async Task Passages_in_the_index_that_no_stored_briefing_backs_are_dropped_on_restart()
    {
        var library = await TestLibrary.CreateAsync();
        var kept = await library.AddAsync(SampleBriefings.Make("omega"));
        var lost = await library.AddAsync(SampleBriefings.Make("alef"));

        // The store is the truth: its record is gone (say, removed by hand), the index still has the passages.
        File.Delete(Path.Combine(library.StoreDirectory, lost.Id + ".json"));

        using var restarted = library.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None);

        Assert.False(restarted.Ask("alef").Answered);
        Assert.Equal(kept.Passages.Count, restarted.Index.PassageCount);
        Assert.DoesNotContain(restarted.StoreFiles(), f => f.StartsWith(lost.Id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_clean_restart_the_index_is_reused_not_rebuilt()
    {
        var library = await TestLibrary.CreateAsync();
        await library.AddAsync(SampleBriefings.Make("beth"));
        var fingerprint = library.Index.Fingerprint;

        using var restarted = library.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None);

        // The fingerprint the adds committed is exactly what a restart computes from the store.
        Assert.Equal(fingerprint, BriefingLibrary.Fingerprint(restarted.Catalog.All));
        Assert.True(restarted.Ask("beth").Answered);
    }

    [Fact]
    public async Task A_briefing_with_the_same_declared_id_and_new_content_replaces_the_old_one()
    {
        using var library = await TestLibrary.CreateAsync();
        await library.AddAsync(SampleBriefings.Make("gimel", id: "daily"));

        var result = await library.SubmitAsync(SampleBriefings.Make("dalet", id: "daily"));

        Assert.True(Assert.IsType<BriefingAdded>(result).Replaced);
        Assert.False(library.Ask("gimel").Answered);
        Assert.True(library.Ask("dalet").Answered);
        Assert.Single(library.Catalog.All);
    }

    [Fact]
    public async Task Of_two_briefings_on_the_same_day_the_one_posted_last_is_the_latest_also_after_a_restart()
    {
        var library = await TestLibrary.CreateAsync();

        // Ids decide nothing: the first posted has the larger id.
        await library.AddAsync(SampleBriefings.Make("morning", id: "z-morning", date: "2026-11-24"));
        var evening = await library.AddAsync(SampleBriefings.Make("evening", id: "a-evening", date: "2026-11-24"));
        Assert.Equal(evening.Id, library.Catalog.Latest?.Id);

        using var restarted = library.Reopen();
        await restarted.Library.InitializeAsync(CancellationToken.None);

        Assert.Equal(evening.Id, restarted.Catalog.Latest?.Id);
        Assert.Equal(evening.Id, Assert.Single(restarted.Ask("qwerty", latestOnly: true).Passages).Passage.BriefingId);
    }

    [Fact]
    public async Task Recent_lists_the_newest_briefings_first()
    {
        using var library = await TestLibrary.CreateAsync();
        await library.AddAsync(SampleBriefings.Make("he", date: "2026-11-10"));
        await library.AddAsync(SampleBriefings.Make("waw", date: "2026-11-12"));
        await library.AddAsync(SampleBriefings.Make("zayin", date: "2026-11-11"));

        Assert.Equal(
            [new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 11)],
            library.Library.Recent(2).Select(b => b.Date));
    }
}
