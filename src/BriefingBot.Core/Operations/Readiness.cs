using BriefingBot.Core.Answering.WarmUp;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Operations;

/// <summary>Whether the bot can answer now, and if not, every reason why.</summary>
public sealed record ReadinessReport(bool IsReady, IReadOnlyList<string> Reasons);

/// <summary>
/// Ready means: an index answers (an old one while a rebuild runs), the start-up warm-up is over, and every configured
/// platform is connected.
/// </summary>
public sealed class Readiness(BriefingLibrary library, PlatformConnectivity platforms, AnswerWarmUp? warmUp = null)
{
    public ReadinessReport Check()
    {
        var reasons = new List<string>();
        if (!library.IsReady)
        {
            reasons.Add(library.IsLoaded && library.RebuildProgress is { } progress
                ? $"index: being built ({progress.Percent}%, {progress.PassagesDone} of {progress.PassagesTotal} passages)"
                : "index: not open yet");
        }

        if (warmUp is { IsHoldingStart: true })
        {
            reasons.Add("index: warming up");
        }

        foreach (var state in platforms.Snapshot().Where(s => !s.IsConnected))
        {
            reasons.Add($"{state.Platform}: {state.Reason}");
        }

        return new ReadinessReport(reasons.Count == 0, reasons);
    }
}
