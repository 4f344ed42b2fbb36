namespace BriefingBot.Benchmarks.Speed;

/// <summary>One stage of the answer pipeline timed on its own, to see where the time goes.</summary>
public sealed record StageTiming(string Stage, double MeanMs, double P99Ms);

/// <summary>Everything measured on one index size, in the process that served it.</summary>
public sealed record SizeMeasurement(
    int Passages,
    string DirectoryType,
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
    SpeakerExperimentResult SpeakerExperiment,
    AllocationProfile Allocation);

/// <summary>Managed bytes allocated per question (single thread), and how much of the two-thread runs the GC held the threads.</summary>
public sealed record AllocationProfile(double FullBytesPerQuestion, double PlainBytesPerQuestion, double FullGcPauseShare, double PlainGcPauseShare);

/// <summary>Speaker matching on prefiltered candidates: index build, per-question cost, disagreements with the full scan.</summary>
public sealed record SpeakerExperimentResult(int Speakers, double BuildMs, int IndexedVariants, LatencyStats Match, int Disagreements, int CheckedQuestions, double FullScanBytesPerQuestion, double PrefilteredBytesPerQuestion);

/// <summary>Time from starting a process on an existing index to its first answer.</summary>
public sealed record ColdStart(LatencyStats ProcessToFirstAnswer, LatencyStats OpenToFirstAnswer);
