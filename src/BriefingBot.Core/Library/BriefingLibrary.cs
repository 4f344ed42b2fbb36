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
/// and the store, and rebuilds the index when it is missing, unreadable or was built from other briefings. The
/// rebuild runs in the background, beside the old index, which keeps answering meanwhile (<see cref="PassageIndex.BeginRebuild"/>).
/// Adding and removing briefings goes through here, one writer at a time: store first, then index, then catalog.
/// </summary>
public sealed partial class BriefingLibrary(
    IOptions<BriefingBotOptions> options,
    BriefingParser parser,
    PassageIndex index,
    BriefingCatalog catalog,
    IBriefingStore store,
    ILogger<BriefingLibrary> logger,
    RebuildHold? hold = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _loaded;
    private volatile Task _rebuilding = Task.CompletedTask;
    private volatile Exception? _rebuildError;

    /// <summary>Ids of the shipped briefings: owned by the operator, so no post may take one (any letter case).</summary>
    private HashSet<string> _shippedIds = new(StringComparer.OrdinalIgnoreCase);

    public BriefingCatalog Catalog => catalog;

    /// <summary>The briefings are loaded and an index answers questions (an old one, while a rebuild runs).</summary>
    public bool IsReady => _loaded && index.IsServing;

    /// <summary>The briefings are loaded: listing them works, even while the first index is still being built.</summary>
    public bool IsLoaded => _loaded;

    /// <summary>How far the running rebuild has come; null when none runs.</summary>
    public IndexBuildProgress? RebuildProgress => index.RebuildProgress;

    /// <summary>Completes when no rebuild is running (at once if none is).</summary>
    public Task Rebuilding => _rebuilding;

    public PassageIndex Index => index;

    /// <summary>Loads the briefings and makes sure the index matches them, waiting for a rebuild if one is needed. Safe to call more than once.</summary>
    /// <remarks>
    /// This is also the repair after a crash: the store is the truth, and an index that was committed from other
    /// briefings (a crash between storing a briefing and committing the index, or a removal half done) carries
    /// another fingerprint and is rebuilt.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The rebuild failed (the error is logged and inside).</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken, bool forceRebuild = false)
    {
        await OpenAsync(cancellationToken, forceRebuild).ConfigureAwait(false);
        await _rebuilding.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (_rebuildError is { } error)
        {
            throw new InvalidOperationException("The index could not be rebuilt: " + error.Message, error);
        }
    }

    /// <summary>
    /// Loads the briefings and opens the index, and starts rebuilding it in the background when it does not match
    /// them; returns without waiting for the rebuild, so the bot answers meanwhile (from the old index, or with
    /// the progress of the new one when there is no usable old one). Safe to call more than once.
    /// </summary>
    public async Task OpenAsync(CancellationToken cancellationToken, bool forceRebuild = false)
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

    /// <summary>Stops a running rebuild (the host is stopping) and waits for it to let go; the old index stays as it was.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _rebuilding.ConfigureAwait(false);
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
        if (_loaded && !forceRebuild)
        {
            return;
        }

        if (!_rebuilding.IsCompleted)
        {
            // Forced while one runs (it was started from the same briefings): that one is the rebuild.
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
        _loaded = true;
        var fingerprint = Fingerprint(catalog.All);
        if (index.UnusableReason is { } unusable)
        {
            LogUnusable(unusable);
        }

        if (forceRebuild || index.Fingerprint != fingerprint)
        {
            // Begun under the gate, from the catalog as it is now: every change made after this point reaches the
            // new index through the rebuild's journal, so it goes live with them.
            var snapshot = catalog.All;
            var rebuild = index.BeginRebuild(snapshot.Sum(b => (long)b.Passages.Count));
            _rebuildError = null;
            LogRebuilding(snapshot.Count, rebuild.PassagesTotal, index.IsServing);
            _rebuilding = Task.Factory.StartNew(
                () => RebuildAsync(rebuild, snapshot, _stopping.Token),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).Unwrap();
        }
        else
        {
            LogIndexCurrent(catalog.All.Count, index.PassageCount);
        }
    }

    /// <summary>Builds the new index (no lock held: questions and posts go on), then switches to it under the gate.</summary>
    private async Task RebuildAsync(IndexRebuild rebuild, IReadOnlyList<Briefing> briefings, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var failed = index.Build(rebuild, briefings, cancellationToken);
            if (hold is not null)
            {
                await hold.BeforeSwitchAsync(cancellationToken).ConfigureAwait(false);
            }

            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // The last line of defence: Lucene refused a briefing the checks let through. The index holds the
                // others; it is committed with their fingerprint, so the next start tries again (and skips again).
                Drop(failed);
                Drop(index.CompleteRebuild(rebuild, Fingerprint(catalog.All)));
            }
            finally
            {
                _gate.Release();
            }

            LogRebuilt(catalog.All.Count, index.PassageCount, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping can also surface as Lucene's ObjectDisposedException from a merge the token cannot interrupt.
            index.AbandonRebuild(rebuild);
            LogRebuildStopped();
        }
        catch (Exception e)
        {
            index.AbandonRebuild(rebuild);
            _rebuildError = e;
            LogRebuildFailed(e);
        }

        void Drop(IReadOnlyList<(Briefing Briefing, Exception Error)> refused)
        {
            var dropped = false;
            foreach (var (briefing, error) in refused)
            {
                LogSkipped(briefing.Id, error.Message);
                if (ReferenceEquals(catalog.Find(briefing.Id), briefing))
                {
                    catalog.Remove(briefing.Id);
                    dropped = true;
                }
            }

            if (dropped && index.IsServing && index.RebuildProgress is null)
            {
                index.Commit(Fingerprint(catalog.All));
            }
        }
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
                foreach (var other in p.OtherSpeakers)
                {
                    sb.Append('+').Append(other);
                }
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilding the index from {BriefingCount} briefings ({PassageCount} passages) in the background; old index answering meanwhile: {OldIndexServing}")]
    private partial void LogRebuilding(int briefingCount, long passageCount, bool oldIndexServing);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index on disk cannot be read and is rebuilt: {Reason}")]
    private partial void LogUnusable(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index rebuild stopped; the old index is kept")]
    private partial void LogRebuildStopped();

    [LoggerMessage(Level = LogLevel.Error, Message = "Index rebuild failed; the old index (if any) keeps answering")]
    private partial void LogRebuildFailed(Exception error);

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
