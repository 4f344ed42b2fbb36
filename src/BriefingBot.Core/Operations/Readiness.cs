using BriefingBot.Core.Library;

namespace BriefingBot.Core.Operations;

/// <summary>Whether the bot can answer now, and if not, every reason why.</summary>
public sealed record ReadinessReport(bool IsReady, IReadOnlyList<string> Reasons);

/// <summary>Ready means: the index is open and every configured platform is connected.</summary>
public sealed class Readiness(BriefingLibrary library, PlatformConnectivity platforms)
{
    public ReadinessReport Check()
    {
        var reasons = new List<string>();
        if (!library.IsReady)
        {
            reasons.Add("index: not open yet");
        }

        foreach (var state in platforms.Snapshot().Where(s => !s.IsConnected))
        {
            reasons.Add($"{state.Platform}: {state.Reason}");
        }

        return new ReadinessReport(reasons.Count == 0, reasons);
    }
}
