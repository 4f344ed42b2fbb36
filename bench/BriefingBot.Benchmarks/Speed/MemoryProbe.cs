using System.Diagnostics;
using System.Globalization;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// Resident memory of this process. On Linux from <c>/proc/self/status</c>: VmHWM is the peak RSS, and RSS splits
/// into anonymous memory (heaps) and file pages (the memory-mapped index, which the kernel can drop under pressure).
/// </summary>
public sealed record MemorySnapshot(long PeakRssBytes, long RssBytes, long AnonBytes, long FileBytes, long ManagedHeapBytes);

public static class MemoryProbe
{
    public static MemorySnapshot Read()
    {
        var managed = GC.GetTotalMemory(forceFullCollection: false);
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            using var self = Process.GetCurrentProcess();
            return new MemorySnapshot(self.PeakWorkingSet64, self.WorkingSet64, -1, -1, managed);
        }

        long peak = -1, rss = -1, anon = -1, file = -1;
        foreach (var line in File.ReadLines(status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anon = Kilobytes(line);
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                file = Kilobytes(line);
            }
        }

        return new MemorySnapshot(peak, rss, anon, file, managed);
    }

    private static long Kilobytes(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
    }
}
