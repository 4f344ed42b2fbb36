using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace BriefingBot.Benchmarks.Report;

/// <summary>The machine a run measured: without it, figures are not comparable.</summary>
public sealed record MachineInfo(string Cpu, int LogicalCores, long MemoryBytes, string Os, string Runtime, string Gc, string? Commit, string LoadAverage)
{
    public static MachineInfo Current(string repositoryRoot) => new(
        CpuModel(),
        Environment.ProcessorCount,
        TotalMemory(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Interactive ? ", concurrent" : string.Empty),
        ReadCommit(repositoryRoot),
        ReadLoadAverage());

    /// <summary>The run-queue load: on a shared machine, the context every figure needs.</summary>
    public static string ReadLoadAverage()
    {
        const string loadavg = "/proc/loadavg";
        return File.Exists(loadavg) ? string.Join(' ', File.ReadAllText(loadavg).Split(' ').Take(3)) : "unknown";
    }

    private static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static long TotalMemory()
    {
        const string meminfo = "/proc/meminfo";
        var line = File.Exists(meminfo) ? File.ReadLines(meminfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is null
            ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The checked-out commit, read from git's files (no git process needed); null outside a repository.</summary>
    private static string? ReadCommit(string root)
    {
        try
        {
            var gitPath = Path.Combine(root, ".git");
            var gitDir = File.Exists(gitPath) ? Path.GetFullPath(File.ReadAllText(gitPath).Trim()["gitdir:".Length..].Trim(), root) : gitPath;
            var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
            if (!head.StartsWith("ref:", StringComparison.Ordinal))
            {
                return head[..Math.Min(12, head.Length)];
            }

            var reference = head["ref:".Length..].Trim();
            var commonDir = File.Exists(Path.Combine(gitDir, "commondir"))
                ? Path.GetFullPath(File.ReadAllText(Path.Combine(gitDir, "commondir")).Trim(), gitDir)
                : gitDir;
            var loose = Path.Combine(commonDir, reference);
            if (File.Exists(loose))
            {
                return File.ReadAllText(loose).Trim()[..12];
            }

            var packed = Path.Combine(commonDir, "packed-refs");
            var line = File.Exists(packed) ? File.ReadLines(packed).FirstOrDefault(l => l.EndsWith(" " + reference, StringComparison.Ordinal)) : null;
            return line?[..12];
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
