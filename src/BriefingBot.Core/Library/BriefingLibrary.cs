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
/// and the store, and rebuilds the index when it is missing or was built from other briefings. Adding and
/// removing briefings goes through here, one writer at a time: store first, then index, then catalog.
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
    private volatile bool _initialized;

    /// <summary>Ids of the shipped briefings: owned by the operator, so no post may take one (any letter case).</summary>
    private HashSet<string> _shippedIds = new(StringComparer.OrdinalIgnoreCase);

    public BriefingCatalog Catalog => catalog;

    /// <summary>The briefings are loaded and the index is open and matches them: questions can be answered.</summary>
    public bool IsReady => _initialized;

    public PassageIndex Index => index;

    /// <summary>Loads the briefings and makes sure the index matches them. Safe to call more than once.</summary>
    /// <remarks>
    /// This is also the repair after a crash: the store is the truth, and an index that was committed from other
    /// briefings (a crash between storing a briefing and committing the index, or a removal half done) carries
    /// another fingerprint and is rebuilt.
    /// </remarks>
    public async Task InitializeAsync(CancellationToken cancellationToken, bool forceRebuild = false)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InitializeCoreAsync(forceRebuild, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stores a parsed briefing and makes it searchable, unless a briefing with the same content is already there.
    /// Returns once the briefing is durable and searchable, so the caller may acknowledge it. Writers go one at a
    /// time; questions are answered meanwhile from the previous snapshot.
    /// </summary>
    public async Task<LibraryAddResult> AddAsync(StoredBriefing submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var briefing = submission.Briefing;

        // Checked before anything is stored: a briefing the index cannot take must never reach the store.
        if (Unservable(briefing) is { } problem)
        {
            throw new ArgumentException($"Briefing {briefing.Id} cannot be served: {problem}.", nameof(submission));
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InitializeCoreAsync(forceRebuild: false, cancellationToken).ConfigureAwait(false);
            if (catalog.FindByContent(briefing.ContentHash, briefing.Community) is { } existing)
            {
                return new LibraryAddResult(existing, Added: false, Replaced: false);
            }

            // A post owns what it posted; a shipped briefing belongs to the operator and is neither replaced nor hidden.
            if (_shippedIds.Contains(briefing.Id))
            {
                return new LibraryAddResult(catalog.Find(briefing.Id) ?? briefing, Added: false, Replaced: false, IdInUse: true);
            }

            var holder = catalog.Find(briefing.Id);
            if (holder is not null && holder.Community != briefing.Community)
            {
                // Intake gives a briefing an id of its own when another community holds the id; this is the last guard.
                throw new InvalidOperationException($"Briefing {briefing.Id} belongs to another community and cannot be replaced from here.");
            }

            var replaced = holder is not null;

            // The store first: if the process dies before the index commit, the next start sees a fingerprint
            // that does not match and rebuilds. The other order could leave passages no stored briefing backs.
            await store.SaveAsync(submission, cancellationToken).ConfigureAwait(false);
            var next = catalog.All.Where(b => b.Id != briefing.Id).Append(briefing).ToList();
            index.Upsert(briefing, Fingerprint(next));
            catalog.Upsert(briefing);
            LogAdded(briefing.Id, briefing.Passages.Count, replaced);
            return new LibraryAddResult(briefing, Added: true, Replaced: replaced);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Removes a posted briefing from the store, then from the index and the catalog. A stored briefing that is not
    /// served (it could not be read back or indexed, and was skipped) is removed from the store all the same.
    /// This is the operator's removal: any briefing.
    /// </summary>
    public Task<LibraryRemoveResult> RemoveAsync(string id, CancellationToken cancellationToken) =>
        RemoveAsync(id, null, cancellationToken);

    /// <summary>
    /// Removes a briefing only if <paramref name="mayRemove"/> allows it (null: the operator, any briefing). One it does
    /// not allow is "not found", and so is a stored briefing that is not served, so a moderator learns nothing about
    /// another community's briefings.
    /// </summary>
    public async Task<LibraryRemoveResult> RemoveAsync(string id, Func<Briefing, bool>? mayRemove, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        id = id.Trim();
        if (!BriefingIds.IsSafe(id))
        {
            return new LibraryRemoveResult(RemoveOutcome.NotFound, null);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InitializeCoreAsync(forceRebuild: false, cancellationToken).ConfigureAwait(false);
            var existing = catalog.Find(id);
            if (mayRemove is not null && (existing is null || !mayRemove(existing)))
            {
                return new LibraryRemoveResult(RemoveOutcome.NotFound, null);
            }

            if (existing is not null && _shippedIds.Contains(existing.Id))
            {
                // Shipped briefings live in the read-only corpus and would come back on the next start. A stored one
                // that took the same id (older versions let a post do that) was never served: it goes.
                if (await store.DeleteAsync(existing.Id, cancellationToken).ConfigureAwait(false))
                {
                    LogShadowRemoved(existing.Id);
                }

                return new LibraryRemoveResult(RemoveOutcome.ShippedWithBot, existing);
            }

            if (existing is null)
            {
                if (!await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false))
                {
                    return new LibraryRemoveResult(RemoveOutcome.NotFound, null);
                }

                LogRemoved(id);
                return new LibraryRemoveResult(RemoveOutcome.Removed, null);
            }

            if (!await store.DeleteAsync(existing.Id, cancellationToken).ConfigureAwait(false))
            {
                return new LibraryRemoveResult(RemoveOutcome.NotFound, null);
            }

            var next = catalog.All.Where(b => b.Id != existing.Id).ToList();
            index.Remove(existing.Id, Fingerprint(next));
            catalog.Remove(existing.Id);
            LogRemoved(existing.Id);
            return new LibraryRemoveResult(RemoveOutcome.Removed, existing);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Moves a posted briefing to another community (null: shared): the operator's <c>assign</c>, and a group's own
    /// briefings when its moderators join it to a community with a link code. Chat can never make a briefing shared.
    /// </summary>
    public async Task<Briefing?> AssignAsync(string id, string? community, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await InitializeCoreAsync(forceRebuild: false, cancellationToken).ConfigureAwait(false);
            if (catalog.Find(id.Trim()) is not { } existing || !await store.AssignAsync(existing.Id, community, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var moved = existing with { Community = community };
            var next = catalog.All.Select(b => b.Id == moved.Id ? moved : b).ToList();
            index.Upsert(moved, Fingerprint(next));
            catalog.Change(moved);
            return moved;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The most recent briefings, newest first.</summary>
    public IReadOnlyList<Briefing> Recent(int count) => catalog.All.Take(Math.Max(0, count)).ToList();

    private async Task InitializeCoreAsync(bool forceRebuild, CancellationToken cancellationToken)
    {
        if (_initialized && !forceRebuild)
        {
            return;
        }

        var shipped = await CorpusDirectory.LoadAsync(options.Value.CorpusDirectory, parser, logger, cancellationToken).ConfigureAwait(false);
        var stored = await store.LoadAllAsync(cancellationToken).ConfigureAwait(false);
        _shippedIds = shipped.Select(b => b.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // No stored input may stop the rest from being served: what cannot be served is skipped, with the reason.
        var served = new List<Briefing>();
        foreach (var briefing in shipped)
        {
            Serve(briefing, Unservable(briefing));
        }

        foreach (var briefing in stored)
        {
            Serve(briefing, _shippedIds.Contains(briefing.Id) ? "its id belongs to a briefing shipped with the bot; unbrief it to remove it" : Unservable(briefing));
        }

        void Serve(Briefing briefing, string? problem)
        {
            if (problem is null)
            {
                served.Add(briefing);
            }
            else
            {
                LogSkipped(briefing.Id, problem);
            }
        }

        catalog.Replace(served);
        var fingerprint = Fingerprint(catalog.All);
        if (forceRebuild || index.Fingerprint != fingerprint)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var failed = index.Rebuild(catalog.All, fingerprint);
            if (failed.Count > 0)
            {
                // The last line of defence: Lucene refused a briefing the checks let through. The index holds the
                // others; it is committed with their fingerprint, so the next start tries again (and skips again).
                foreach (var (briefing, error) in failed)
                {
                    LogSkipped(briefing.Id, error.Message);
                }

                var failedIds = failed.Select(f => f.Briefing.Id).ToHashSet(StringComparer.Ordinal);
                catalog.Replace(served.Where(b => !failedIds.Contains(b.Id)));
                index.Commit(Fingerprint(catalog.All));
            }

            LogRebuilt(catalog.All.Count, index.PassageCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        else
        {
            LogIndexCurrent(catalog.All.Count, index.PassageCount);
        }

        _initialized = true;
    }

    /// <summary>Why <paramref name="briefing"/> cannot be stored or indexed, or null when it can.</summary>
    private static string? Unservable(Briefing briefing) =>
        BriefingIds.IsSafe(briefing.Id) ? BriefingLimits.Violation(briefing) : "its id is not a safe file name";

    /// <summary>What the index was built from: the analyser and parser versions and every briefing's id and content.</summary>
    public static string Fingerprint(IEnumerable<Briefing> briefings)
    {
        var sb = new StringBuilder(BriefingAnalyzer.Version).Append(' ').Append(BriefingParser.Version);
        foreach (var b in briefings.OrderBy(b => b.Id, StringComparer.Ordinal))
        {
            sb.Append('\n').Append(b.Id).Append(' ').Append(b.Community ?? "~shared").Append(' ').Append(b.ContentHash).Append(' ').Append(b.Title).Append(' ').Append(b.Date.DayNumber);
            foreach (var p in b.Passages)
            {
                sb.Append(' ').Append(p.Speaker);
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index rebuilt from {BriefingCount} briefings ({PassageCount} passages) in {ElapsedMs:F0} ms")]
    private partial void LogRebuilt(int briefingCount, int passageCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing {BriefingId} added ({PassageCount} passages, replaced: {Replaced})")]
    private partial void LogAdded(string briefingId, int passageCount, bool replaced);

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing {BriefingId} removed")]
    private partial void LogRemoved(string briefingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing {BriefingId} is not served: {Reason}")]
    private partial void LogSkipped(string briefingId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed a stored briefing that had taken the id of shipped briefing {BriefingId}")]
    private partial void LogShadowRemoved(string briefingId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Index is current: {BriefingCount} briefings, {PassageCount} passages")]
    private partial void LogIndexCurrent(int briefingCount, int passageCount);
}
