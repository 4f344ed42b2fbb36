using System.Diagnostics;

namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// Runs this benchmark program again as a child process: each index size (and each cold start) gets a process
/// of its own, so peak memory and start-up time belong to that measurement alone.
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs the child to completion; returns its standard output lines, or throws with its standard error.</summary>
    public static async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken, Action<string>? onLine = null)
    {
        using var process = Start(arguments);
        var lines = new List<string>();
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        while (await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lines.Add(line);
            onLine?.Invoke(line);
        }

        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var stderr = await errors.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Benchmark child '{string.Join(' ', arguments)}' exited with {process.ExitCode}: {stderr}");
        }

        return lines;
    }

    public static Process Start(IReadOnlyList<string> arguments)
    {
        var (fileName, prefix) = Launcher();
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var (name, value) in ServiceRuntime.Environment)
        {
            info.Environment[name] = value;
        }

        foreach (var argument in prefix.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start the benchmark child process.");
    }

    /// <summary>
    /// The same program under the dotnet host: works from <c>dotnet run</c> (an apphost) and from a test run
    /// (where the current process is the test host and this assembly was copied beside the tests).
    /// </summary>
    private static (string FileName, string[] Prefix) Launcher()
    {
        var assembly = typeof(ChildProcess).Assembly.Location;
        var current = Environment.ProcessPath;
        var host = current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet"
            ? current
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk ? fromSdk : "dotnet";
        return (host, ["exec", "--runtimeconfig", Path.ChangeExtension(assembly, ".runtimeconfig.json"), assembly]);
    }
}
