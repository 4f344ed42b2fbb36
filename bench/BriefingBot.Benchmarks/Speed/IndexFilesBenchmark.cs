using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>The full pipeline served with one <see cref="IndexFileAccess"/>: what it costs per question, and the memory it keeps resident.</summary>
public sealed record IndexFilesMeasurement(IndexFileAccess Access, string DirectoryType, LatencyStats FullPipeline, LatencyStats FullPipelineCpu, MemorySnapshot ServingMemory);

/// <summary>
/// Serves the same warm-up and timed questions as <see cref="SizeBenchmark"/> with the index files read another
/// way (<c>BriefingBot:IndexFiles</c>), in a process of its own so its resident memory is its own.
/// </summary>
public static class IndexFilesBenchmark
{
    public static IndexFilesMeasurement Measure(string indexPath, IndexFileAccess access, IReadOnlyList<string> queries, IReadOnlyList<string> warmUp, CancellationToken cancellationToken)
    {
        using var index = PassageIndex.Open(indexPath, access: access);
        var answerer = ServingAnswerer.Over(index);
        foreach (var question in warmUp)
        {
            cancellationToken.ThrowIfCancellationRequested();
            answerer.Answer(new AnswerRequest(question));
        }

        Thread.Sleep(SizeBenchmark.TieringSettle);
        var (wall, cpu) = SizeBenchmark.Time(queries, q => answerer.Answer(new AnswerRequest(q)), cancellationToken);
        return new IndexFilesMeasurement(access, index.DirectoryType, wall, cpu, MemoryProbe.Read());
    }
}
