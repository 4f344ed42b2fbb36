namespace BriefingBot.Benchmarks.EndToEnd;

/// <summary>
/// Measures one chat adapter end to end against its loopback test server: questions per second, and the time
/// from an update received to the reply sent. Adapters plug in here.
/// </summary>
public interface IEndToEndProbe
{
    /// <summary>The adapter measured, e.g. "Telegram".</summary>
    string Adapter { get; }

    Task<EndToEndResult> MeasureAsync(EndToEndSettings settings, CancellationToken cancellationToken);
}

/// <summary>Questions to ask, and the run's bound: whichever of <paramref name="MaxQuestions"/> and <paramref name="Duration"/> comes first.</summary>
public sealed record EndToEndSettings(IReadOnlyList<string> Questions, TimeSpan Duration, int MaxQuestions, string IndexPath);

public sealed record EndToEndResult(string Adapter, double QuestionsPerSecond, double P50Ms, double P99Ms, int Questions);

/// <summary>The adapters to measure. Add a probe here when an adapter and its loopback fake server exist.</summary>
public static class EndToEndProbes
{
    public static IReadOnlyList<IEndToEndProbe> All { get; } = [new TelegramEndToEndProbe(), new DiscordEndToEndProbe()];

    /// <summary>The adapters the issue asks for; those without a probe are reported as not measured yet.</summary>
    public static IReadOnlyList<string> Expected { get; } = ["Telegram", "Discord"];
}
