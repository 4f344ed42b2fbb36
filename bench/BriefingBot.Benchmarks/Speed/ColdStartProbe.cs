using System.Diagnostics;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>What a restarted service does before its first answer: open the existing index, load the catalog, answer.</summary>
public static class ColdStartProbe
{
    /// <summary>Milliseconds from opening the index to the first answer, reported before the index is closed.</summary>
    public static double OpenAndAnswer(string indexPath, string question, Action<double>? onAnswered = null)
    {
        var started = Stopwatch.GetTimestamp();
        using var index = PassageIndex.Open(indexPath);
        var answerer = ServingAnswerer.Over(index);
        _ = answerer.Answer(new AnswerRequest(question));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        onAnswered?.Invoke(elapsed);
        return elapsed;
    }
}
