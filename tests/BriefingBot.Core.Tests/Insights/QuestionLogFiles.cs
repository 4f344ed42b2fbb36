using System.Text;
using BriefingBot.Core.Insights;

namespace BriefingBot.Core.Tests.Insights;

/// <summary>What the question log's files on disk hold, read as bytes: a deleted question must be gone from all of them.</summary>
internal static class QuestionLogFiles
{
    public static bool Hold(QuestionLog log, string text) => Holding(log, text).Any();

    /// <summary>The files of the log's folder (database, write-ahead log, shared memory) whose bytes hold <paramref name="text"/>.</summary>
    public static IEnumerable<string> Holding(QuestionLog log, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return Directory.EnumerateFiles(Path.GetDirectoryName(log.DatabasePath)!)
            .Where(file => File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0);
    }
}
