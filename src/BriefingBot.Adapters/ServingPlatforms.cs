using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Adapters;

/// <summary>
/// The chat platforms this host was configured to serve and which of them still do. A platform that stops for
/// good (a refused token, a fatal gateway close, an unexpected failure) says so here; while another one still
/// serves, the host keeps running for it; when none is left, the host stops with <see cref="NoPlatformLeftExitCode"/>
/// so that a supervisor restarts it or alerts, rather than a process that runs with nothing to do.
/// </summary>
public sealed partial class ServingPlatforms(IEnumerable<ServedPlatform> configured, IHostApplicationLifetime lifetime, ILogger<ServingPlatforms> logger)
{
    /// <summary>The process exit code when every configured platform has stopped for good.</summary>
    public const int NoPlatformLeftExitCode = 5;

    private readonly HashSet<string> _serving = configured.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private int? _exitCode;

    /// <summary>Set once no configured platform is left serving; null while one serves or after a normal shutdown.</summary>
    public int? ExitCode
    {
        get
        {
            lock (_lock)
            {
                return _exitCode;
            }
        }
    }

    /// <summary>A platform stopped for good (not because the host is shutting down).</summary>
    public void Stopped(string platform, string reason)
    {
        ArgumentNullException.ThrowIfNull(platform);
        int left;
        lock (_lock)
        {
            if (!_serving.Remove(platform))
            {
                return;
            }

            left = _serving.Count;
            if (left == 0 && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                _exitCode = NoPlatformLeftExitCode;
            }
        }

        if (left > 0)
        {
            LogOthersServe(platform, reason, left);
            return;
        }

        if (ExitCode is { } code)
        {
            LogNoneLeft(platform, reason, code);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Platform} stopped ({Reason}); {Left} other platform(s) keep serving")]
    private partial void LogOthersServe(string platform, string reason, int left);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Platform} stopped ({Reason}) and no configured chat platform is left serving: the host stops with exit code {ExitCode}")]
    private partial void LogNoneLeft(string platform, string reason, int exitCode);
}

/// <summary>A chat platform the host was configured to serve.</summary>
public sealed record ServedPlatform(string Name);

public static class ServingPlatformsServiceCollectionExtensions
{
    /// <summary>Counts a platform among those the host serves; it reports to <see cref="ServingPlatforms"/> when it stops for good.</summary>
    public static IServiceCollection AddServedPlatform(this IServiceCollection services, string name)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new ServedPlatform(name));
        services.TryAddSingleton<ServingPlatforms>();
        return services;
    }
}
