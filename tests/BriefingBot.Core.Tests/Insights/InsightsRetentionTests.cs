using BriefingBot.Core.Insights;
using BriefingBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Insights;

public sealed class InsightsRetentionTests
{
    private const string OldQuestion = "ما سعر الذهب في بيونغ يانغ؟";

    [Fact]
    public async Task Questions_and_their_votes_older_than_the_retention_period_are_deleted_by_the_background_clean_up()
    {
        using var directory = new TempDirectory();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        var log = new QuestionLog(Options.Create(new BriefingBotOptions { DataDirectory = directory.Path }));
        var settings = Options.Create(new InsightsOptions { RetentionDays = 30, CleanupInterval = TimeSpan.FromHours(1) });
        log.Record(new RecordedQuestion("old", "telegram:-1", clock.GetUtcNow(), OldQuestion, "nothing_relevant"));
        Assert.True(log.Vote("old", "voter-hash", helpful: false, clock.GetUtcNow()));
        clock.Advance(TimeSpan.FromDays(10));
        log.Record(new RecordedQuestion("newer", "telegram:-1", clock.GetUtcNow(), "من فاز؟", "nothing_relevant"));

        Assert.True(QuestionLogFiles.Hold(log, OldQuestion), "the test must see the question on disk before the clean-up");

        using var retention = new InsightsRetention(log, settings, clock, NullLogger<InsightsRetention>.Instance);
        await retention.StartAsync(CancellationToken.None);
        Assert.Equal(2, log.Count());

        // Day 29 of the first question: nothing is old enough yet.
        clock.Advance(TimeSpan.FromDays(19));
        Assert.Equal(2, log.Count());

        // Day 31: the first question (and its vote) goes at the next hourly pass; the newer one stays.
        clock.Advance(TimeSpan.FromDays(2));
        await Eventually(() => log.Count() == 1, "the first question deleted at day 31", log);
        var left = Assert.Single(log.Since(DateTimeOffset.MinValue, community: null));
        Assert.Equal("من فاز؟", left.Question);
        Assert.False(log.Vote("old", "voter-hash", helpful: true, clock.GetUtcNow()), "a vote on a deleted answer is not kept");

        // Deleted means gone from the files too: not left in a free page of the database or in its write-ahead log.
        await Eventually(() => !QuestionLogFiles.Hold(log, OldQuestion), "the deleted question gone from the files", log);
        Assert.True(QuestionLogFiles.Hold(log, "من فاز؟"));

        clock.Advance(TimeSpan.FromDays(10));
        await Eventually(() => log.Count() == 0, "the newer question deleted at day 41", log);
        await retention.StopAsync(CancellationToken.None);
    }

    /// <summary>Waits for the background clean-up; a timeout says which step and what the log and its files held.</summary>
    private static async Task Eventually(Func<bool> condition, string step, QuestionLog log)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the clean-up did not run in time: {step}; {State(log)}");
            await Task.Delay(10);
        }
    }

    private static string State(QuestionLog log)
    {
        var holding = QuestionLogFiles.Holding(log, OldQuestion).Select(Path.GetFileName);
        var files = Directory.EnumerateFiles(Path.GetDirectoryName(log.DatabasePath)!).Select(file => $"{Path.GetFileName(file)} ({new FileInfo(file).Length} bytes)");
        return $"{log.Count()} questions recorded; files: {string.Join(", ", files)}; holding the old question: {string.Join(", ", holding)}";
    }
}
