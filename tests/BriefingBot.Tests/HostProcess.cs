using System.Diagnostics;
using System.Text;

namespace BriefingBot.Tests;

/// <summary>Starts the real host executable (the BriefingBot.dll built beside the tests) over a given data directory.</summary>
internal static class HostProcess
{
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "BriefingBot.dll");

    public static Process Start(string dataDirectory, params string[] args) => Start(dataDirectory, new Dictionary<string, string>(), args);

    public static Process Start(string dataDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(HostDll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["BriefingBot__DataDirectory"] = dataDirectory;
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("The host did not start.");
    }

    /// <summary>
    /// How long a test waits on the host before calling it hung: a guard, not a speed check (the benchmark measures
    /// speed). On a shared machine under load, starting the host and reading a line from it has taken more than a minute.
    /// </summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    /// <summary>Runs a command to its end: exit code, standard output, standard error.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string dataDirectory, params string[] args) =>
        RunAsync(dataDirectory, new Dictionary<string, string>(), args);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dataDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(dataDirectory, environment, args);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(HangGuard);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    public static string NewTempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "briefingbot-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The seed briefing's body (without its front matter), to build distinct test briefings from.</summary>
    public static string SeedBody()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", "2026-11-23-moscow-pyongyang.ar.md"));
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        return text[(text.IndexOf('\n', end + 1) + 1)..];
    }
}
