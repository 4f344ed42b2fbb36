using BriefingBot.Core.Insights;
using BriefingBot.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Insights;

public sealed class QuestionLogTests
{
    private const string OldQuestion = "ما سعر الذهب في بيونغ يانغ؟";

    [Fact]
    public async Task A_deletion_while_someone_reads_the_log_is_still_gone_from_disk_once_the_reader_is_done()
    {
        using var directory = new TempDirectory();
        var log = new QuestionLog(Options.Create(new BriefingBotOptions { DataDirectory = directory.Path }));
        var asked = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        log.Record(new RecordedQuestion("old", "telegram:-1", asked, OldQuestion, "nothing_relevant"));
        log.Record(new RecordedQuestion("newer", "telegram:-1", asked.AddDays(10), "من فاز؟", "nothing_relevant"));

        // A reader (the gaps report, a vote) holding a snapshot from before the deletion: the write-ahead log cannot be
        // folded into the database until it is done.
        using var reader = new SqliteConnection($"Data Source={log.DatabasePath}");
        reader.Open();
        using var snapshot = reader.BeginTransaction();
        using (var read = reader.CreateCommand())
        {
            read.Transaction = snapshot;
            read.CommandText = "SELECT COUNT(*) FROM questions";
            Assert.Equal(2L, read.ExecuteScalar());
        }

        var deletion = Task.Run(() => log.DeleteOlderThan(asked.AddDays(5)));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        snapshot.Commit();

        Assert.Equal(1, await deletion.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.False(QuestionLogFiles.Hold(log, OldQuestion), "the deleted question is still readable in the database's files");
        Assert.True(QuestionLogFiles.Hold(log, "من فاز؟"));
    }

}
