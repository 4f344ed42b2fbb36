namespace BriefingBot.Benchmarks.Speed;

/// <summary>One stage of the answer pipeline timed on its own, to see where the time goes.</summary>
public sealed record StageTiming(string Stage, double MeanMs, double P99Ms);

/// <summary>Everything measured on one index size, in the process that served it.</summary>
public sealed record SizeMeasurement(
    int Passages,
    string DirectoryType,
    LatencyStats FullPipelineWarmingUp,
    LatencyStats FullPipeline,
    LatencyStats PlainBm25,
    LatencyStats FullPipelineCpu,
    LatencyStats PlainBm25Cpu,
    double FullPipelineQps2Threads,
    double PlainBm25Qps2Threads,
    IReadOnlyList<StageTiming> Stages,
    LatencyStats BriefingToSearchable,
    MemorySnapshot ServingMemory,
    MemorySnapshot EndMemory,
    IReadOnlyDictionary<string, int> Outcomes,
    double QueriesWithUnknownTermsShare,
    double OpenMs,
    SearchProfileResult SearchProfile,
    SpeakerDirectoryResult SpeakerLookup,
    AllocationProfile Allocation);

/// <summary>Managed bytes allocated per question (single thread), and how much of the two-thread runs the GC held the threads.</summary>
public sealed record AllocationProfile(double FullBytesPerQuestion, double PlainBytesPerQuestion, double FullGcPauseShare, double PlainGcPauseShare);

/// <summary>The speaker lookup: directory build, per-question cost and garbage, and questions about speakers that found theirs.</summary>
public sealed record SpeakerDirectoryResult(int Speakers, double BuildMs, LatencyStats Match, double BytesPerQuestion, int CheckedQuestions, int Found);

/// <summary>Time from starting a process on an existing index to its first answer.</summary>
public sealed record ColdStart(LatencyStats ProcessToFirstAnswer, LatencyStats OpenToFirstAnswer);
