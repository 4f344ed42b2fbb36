namespace BriefingBot.Benchmarks.Speed;

/// <summary>
/// The runtime settings the service is deployed with (the Dockerfile's <c>ENV</c>), applied to every measuring
/// child process so the figures describe the service as it runs, not a bare <c>dotnet</c> default.
/// </summary>
public static class ServiceRuntime
{
    /// <summary>The GC's smallest gen0 budget; only settable from the environment, not from runtimeconfig.json.</summary>
    public const string Gen0BudgetVariable = "DOTNET_GCgen0size";

    /// <summary>32 MB, in the hexadecimal form the runtime reads.</summary>
    public const string Gen0Budget = "0x2000000";

    public static IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string>
    {
        [Gen0BudgetVariable] = Gen0Budget,
    };

    public static string Describe() => string.Join(", ", Environment.Select(e => $"{e.Key}={e.Value}"));
}
