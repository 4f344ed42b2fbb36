using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Search.Analysis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Library;

/// <summary>
/// Owns the catalog of briefings and keeps the index derived from it: on start it loads the shipped corpus
/// and the store, and rebuilds the index when it is missing or was built from other briefings.
/// </summary>
public sealed partial class BriefingLibrary(
    IOptions<BriefingBotOptions> options,
    BriefingParser parser,
    PassageIndex index,
    BriefingCatalog catalog,
    IBriefingStore store,
    ILogger<BriefingLibrary> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _initialized;

    public BriefingCatalog Catalog => catalog;

    public PassageIndex Index => index;

    /// <summary>Loads the briefings and makes sure the index matches them. Safe to call more than once.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken, bool forceRebuild = false)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized && !forceRebuild)
            {
                return;
            }

            var shipped = await CorpusDirectory.LoadAsync(options.Value.CorpusDirectory, parser, cancellationToken).ConfigureAwait(false);
            var stored = await store.LoadAllAsync(cancellationToken).ConfigureAwait(false);
            catalog.Replace(shipped.Concat(stored));
            var fingerprint = Fingerprint(catalog.All);
            if (forceRebuild || index.Fingerprint != fingerprint)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                index.Rebuild(catalog.All, fingerprint);
                LogRebuilt(catalog.All.Count, index.PassageCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            else
            {
                LogIndexCurrent(catalog.All.Count, index.PassageCount);
            }

            _initialized = true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>What the index was built from: the analyser version and every briefing's id and content.</summary>
    public static string Fingerprint(IEnumerable<Briefing> briefings)
    {
        var sb = new StringBuilder(BriefingAnalyzer.Version);
        foreach (var b in briefings.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            sb.Append('\n').Append(b.Id).Append(' ').Append(b.ContentHash).Append(' ').Append(b.Title).Append(' ').Append(b.Date.DayNumber);
            foreach (var p in b.Passages)
            {
                sb.Append(' ').Append(p.Speaker);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index rebuilt from {BriefingCount} briefings ({PassageCount} passages) in {ElapsedMs:F0} ms")]
    private partial void LogRebuilt(int briefingCount, int passageCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Index is current: {BriefingCount} briefings, {PassageCount} passages")]
    private partial void LogIndexCurrent(int briefingCount, int passageCount);
}
