namespace BriefingBot.Core.Search;

/// <summary>How the index files are read: a trade between speed and the process's resident memory.</summary>
public enum IndexFileAccess
{
    /// <summary>
    /// By file size (<see cref="SizeSwitchDirectory"/>): files up to <see cref="SizeSwitchDirectory.AutoMappedFileLimit"/> (80 MB) mapped, larger
    /// ones read. A small index is wholly mapped, as fast as <see cref="Mapped"/>; a large one keeps its resident
    /// memory bounded, as <see cref="Read"/> does, with its terms dictionary still mapped.
    /// </summary>
    Auto,

    /// <summary>
    /// Memory-mapped: the fastest. Every index page a question touches stays mapped into the process, so resident
    /// memory grows towards the index size (pages the OS can reclaim, but counted in RSS).
    /// </summary>
    Mapped,

    /// <summary>
    /// Read into small buffers: resident memory stays near the managed heap; the OS still caches the files, outside
    /// the process. About a quarter slower per question on a 1M-passage index (bench/RESULTS.md).
    /// </summary>
    Read,
}
