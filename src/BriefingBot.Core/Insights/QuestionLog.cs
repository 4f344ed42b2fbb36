using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Insights;

/// <summary>A recorded question: what was asked, where, when, and how it was answered. Nothing about who asked.</summary>
public sealed record RecordedQuestion(string AnswerId, string Community, DateTimeOffset AskedAt, string Question, string Outcome);

/// <summary>A recorded question with its votes, as the gaps report reads it.</summary>
public sealed record QuestionWithVotes(string Community, DateTimeOffset AskedAt, string Question, string Outcome, int Helpful, int NotHelpful);

/// <summary>
/// The store behind the gaps report: an embedded SQLite database (<c>insights/questions.db</c> in the data
/// directory) with two tables, questions (id, community, time, text, outcome) and votes (answer id, keyed hash of
/// the voter, vote, time). Thread-safe; each call opens a pooled connection.
/// </summary>
public sealed class QuestionLog
{
    private readonly string _path;
    private readonly Lock _schemaLock = new();
    private volatile bool _schemaReady;

    public QuestionLog(IOptions<BriefingBotOptions> options)
    {
        _path = Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "insights", "questions.db");
    }

    public string DatabasePath => _path;

    public void Record(RecordedQuestion question)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO questions (answer_id, community, asked_at, question, outcome)
            VALUES ($id, $community, $at, $question, $outcome)
            """;
        command.Parameters.AddWithValue("$id", question.AnswerId);
        command.Parameters.AddWithValue("$community", question.Community);
        command.Parameters.AddWithValue("$at", question.AskedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$question", question.Question);
        command.Parameters.AddWithValue("$outcome", question.Outcome);
        command.ExecuteNonQuery();
    }

    /// <summary>Records or changes one voter's vote on an answer. False when the answer is not (or no longer) recorded.</summary>
    public bool Vote(string answerId, string voter, bool helpful, DateTimeOffset at)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO votes (answer_id, voter, helpful, voted_at)
            SELECT $id, $voter, $helpful, $at WHERE EXISTS (SELECT 1 FROM questions WHERE answer_id = $id)
            ON CONFLICT (answer_id, voter) DO UPDATE SET helpful = excluded.helpful, voted_at = excluded.voted_at
            """;
        command.Parameters.AddWithValue("$id", answerId);
        command.Parameters.AddWithValue("$voter", voter);
        command.Parameters.AddWithValue("$helpful", helpful ? 1 : 0);
        command.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery() > 0;
    }

    /// <summary>Questions asked since <paramref name="since"/>, oldest first, in one community or (null) all of them.</summary>
    public IReadOnlyList<QuestionWithVotes> Since(DateTimeOffset since, string? community)
    {
        if (!File.Exists(_path))
        {
            return [];
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT q.community, q.asked_at, q.question, q.outcome,
                   (SELECT COUNT(*) FROM votes v WHERE v.answer_id = q.answer_id AND v.helpful = 1),
                   (SELECT COUNT(*) FROM votes v WHERE v.answer_id = q.answer_id AND v.helpful = 0)
            FROM questions q
            WHERE q.asked_at >= $since AND ($community IS NULL OR q.community = $community)
            ORDER BY q.asked_at
            """;
        command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$community", (object?)community ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<QuestionWithVotes>();
        while (reader.Read())
        {
            rows.Add(new QuestionWithVotes(
                reader.GetString(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt32(4),
                reader.GetInt32(5)));
        }

        return rows;
    }

    /// <summary>Deletes questions asked before <paramref name="cutoff"/> and their votes; returns how many questions went.</summary>
    public int DeleteOlderThan(DateTimeOffset cutoff)
    {
        if (!File.Exists(_path))
        {
            return 0;
        }

        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var votes = connection.CreateCommand();
        votes.Transaction = transaction;
        votes.CommandText = "DELETE FROM votes WHERE answer_id IN (SELECT answer_id FROM questions WHERE asked_at < $cutoff)";
        votes.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        votes.ExecuteNonQuery();
        using var questions = connection.CreateCommand();
        questions.Transaction = transaction;
        questions.CommandText = "DELETE FROM questions WHERE asked_at < $cutoff";
        questions.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        var deleted = questions.ExecuteNonQuery();
        transaction.Commit();
        if (deleted > 0)
        {
            // The write-ahead log still holds the pages as they were: fold it into the database and empty it, so
            // what retention deleted is gone from disk too. A reader at that moment (the operator's figures, a vote)
            // makes the checkpoint report busy rather than fail, and the log would keep the deleted question until the
            // next deletion: it is tried again for a moment.
            for (var attempt = 1; !EmptiedLog(connection) && attempt < CheckpointAttempts; attempt++)
            {
                Thread.Sleep(CheckpointRetryDelay);
            }
        }

        return deleted;
    }

    private const int CheckpointAttempts = 100;

    private static readonly TimeSpan CheckpointRetryDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>Folds the write-ahead log into the database and truncates it; false when a reader kept it from finishing.</summary>
    private static bool EmptiedLog(SqliteConnection connection)
    {
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var result = checkpoint.ExecuteReader();
        return result.Read() && result.GetInt32(0) == 0;
    }

    /// <summary>How many questions are recorded (for tests and the operator).</summary>
    public int Count()
    {
        if (!File.Exists(_path))
        {
            return 0;
        }

        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM questions";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private SqliteConnection Open()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = true }.ToString());
        connection.Open();
        if (!_schemaReady)
        {
            lock (_schemaLock)
            {
                if (!_schemaReady)
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = """
                        PRAGMA journal_mode = WAL;
                        CREATE TABLE IF NOT EXISTS questions (
                            answer_id TEXT PRIMARY KEY,
                            community TEXT NOT NULL,
                            asked_at  INTEGER NOT NULL,
                            question  TEXT NOT NULL,
                            outcome   TEXT NOT NULL);
                        CREATE INDEX IF NOT EXISTS questions_by_time ON questions (asked_at);
                        CREATE INDEX IF NOT EXISTS questions_by_community ON questions (community, asked_at);
                        CREATE TABLE IF NOT EXISTS votes (
                            answer_id TEXT NOT NULL,
                            voter     TEXT NOT NULL,
                            helpful   INTEGER NOT NULL,
                            voted_at  INTEGER NOT NULL,
                            PRIMARY KEY (answer_id, voter));
                        """;
                    command.ExecuteNonQuery();
                    _schemaReady = true;
                }
            }
        }

        using (var pragma = connection.CreateCommand())
        {
            // WAL with NORMAL sync: a question recorded costs no fsync; a crash may lose the last few, never corrupt.
            // secure_delete: a deleted question is overwritten, not left readable in a free page of the file.
            pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
            pragma.ExecuteNonQuery();
        }

        return connection;
    }
}
