using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Insights;

/// <summary>
/// Deletes recorded questions and votes older than <see cref="InsightsOptions.RetentionDays"/>: at start, then every
/// <see cref="InsightsOptions.CleanupInterval"/> on the host's clock. Runs when recording is off too, so turning it
/// off never leaves old records behind for longer than promised.
/// </summary>
public sealed partial class InsightsRetention(QuestionLog log, IOptions<InsightsOptions> options, TimeProvider time, ILogger<InsightsRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.CleanupInterval, time);
        do
        {
            CleanUp();
        }
        while (await WaitAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One clean-up pass; returns how many questions were deleted.</summary>
    public int CleanUp()
    {
        try
        {
            var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
            var deleted = log.DeleteOlderThan(cutoff);
            if (deleted > 0)
            {
                LogDeleted(deleted, options.Value.RetentionDays);
            }

            return deleted;
        }
        catch (Exception ex) when (ex is IOException or Microsoft.Data.Sqlite.SqliteException or UnauthorizedAccessException)
        {
            LogFailed(ex);
            return 0;
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Insights: deleted {Count} questions older than {Days} days")]
    private partial void LogDeleted(int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Insights: the retention clean-up failed; it is tried again at the next interval")]
    private partial void LogFailed(Exception exception);
}
