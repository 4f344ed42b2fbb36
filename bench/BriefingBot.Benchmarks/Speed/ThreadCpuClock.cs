using System.Runtime.InteropServices;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, nanosecond resolution).
/// On a shared machine wall time also counts the time other processes held the core; CPU time is the cost of the
/// work itself, so it is what compares pipelines and what predicts capacity on dedicated cores.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && TryRead(out _);

    /// <summary>Milliseconds of CPU this thread has used; 0 where the clock is not available.</summary>
    public static double NowMs() => IsSupported && TryRead(out var ms) ? ms : 0;

    private static bool TryRead(out double ms)
    {
        ms = 0;
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var spec) != 0)
            {
                return false;
            }

            ms = (spec.Seconds * 1000.0) + (spec.Nanoseconds / 1_000_000.0);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
