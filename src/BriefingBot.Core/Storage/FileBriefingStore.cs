using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Storage;

/// <summary>
/// Keeps each briefing as two files in <see cref="BriefingBotOptions.StoreDirectory"/>: its text exactly as posted
/// (<c>&lt;id&gt;.&lt;sha&gt;.md|txt</c>) and its metadata (<c>&lt;id&gt;.json</c>). Both are written atomically, the text
/// first and the metadata last: the metadata names the text file and is the commit record, so a crash at any
/// moment leaves either the whole briefing or none of it. Loading ignores and removes what a crash left behind
/// (temporary files, text files no metadata points at).
/// </summary>
public sealed partial class FileBriefingStore(
    IOptions<BriefingBotOptions> options,
    BriefingParser parser,
    ILogger<FileBriefingStore> logger) : IBriefingStore, IDisposable
{
    private const string RecordExtension = ".json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // One writer at a time, and no clean-up while a save is between its two files.
    private readonly SemaphoreSlim _lock = new(1, 1);

    public string Directory => options.Value.StoreDirectory;

    /// <summary>Every stored briefing, oldest posted first; removes what interrupted writes left behind.</summary>
    public async Task<IReadOnlyList<Briefing>> LoadAllAsync(CancellationToken cancellationToken)
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var records = new List<BriefingRecord>();
            var unreadable = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in System.IO.Directory.EnumerateFiles(Directory, "*" + RecordExtension))
            {
                if (await ReadRecordAsync(path, cancellationToken).ConfigureAwait(false) is { } record)
                {
                    records.Add(record);
                }
                else
                {
                    unreadable.Add(Path.GetFileNameWithoutExtension(path));
                }
            }

            // In the order they were posted, oldest first, as the catalog expects.
            var briefings = new List<Briefing>();
            foreach (var record in records.OrderBy(r => r.PostedAt).ThenBy(r => r.Id, StringComparer.Ordinal))
            {
                if (await ReadBriefingAsync(record, cancellationToken).ConfigureAwait(false) is { } briefing)
                {
                    briefings.Add(briefing);
                }
            }

            RemoveLeftovers(records.Select(r => r.TextFile).ToHashSet(StringComparer.Ordinal), unreadable);
            return briefings;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task SaveAsync(StoredBriefing briefing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var id = briefing.Briefing.Id;
        EnsureSafeId(id);
        var bytes = StrictUtf8.GetBytes(briefing.Text);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var textFile = $"{id}.{sha[..16]}{TextExtension(briefing.FileName)}";
        var record = ToRecord(briefing, textFile, sha);

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!System.IO.Directory.Exists(Directory))
            {
                System.IO.Directory.CreateDirectory(Directory);
                DirectorySync.Flush(Path.GetDirectoryName(Directory)!);
            }

            var recordPath = RecordPath(id);
            var previous = File.Exists(recordPath) ? await ReadRecordAsync(recordPath, cancellationToken).ConfigureAwait(false) : null;
            await AtomicFile.WriteAsync(Path.Combine(Directory, textFile), bytes, cancellationToken).ConfigureAwait(false);

            // The commit point: once the record is renamed into place the briefing exists. Not cancellable from
            // here on, so a cancelled save never leaves the text written and the caller told it was not.
            await AtomicFile.WriteAsync(recordPath, JsonSerializer.SerializeToUtf8Bytes(record, Json), CancellationToken.None).ConfigureAwait(false);
            if (previous is not null && previous.TextFile != textFile)
            {
                TryDelete(Path.Combine(Directory, previous.TextFile));
            }

            LogSaved(id, textFile, bytes.Length);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        EnsureSafeId(id);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var recordPath = RecordPath(id);
            if (!File.Exists(recordPath))
            {
                return false;
            }

            var record = await ReadRecordAsync(recordPath, cancellationToken).ConfigureAwait(false);

            // Removing the record is the commit: the text file left behind by a crash is an orphan, cleaned up on load.
            File.Delete(recordPath);
            DirectorySync.Flush(Directory);
            if (record is not null)
            {
                TryDelete(Path.Combine(Directory, record.TextFile));
            }

            LogDeleted(id);
            return true;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Moves a stored briefing to another community (null: shared) by rewriting its record; the text is untouched.</summary>
    public async Task<bool> AssignAsync(string id, string? community, CancellationToken cancellationToken)
    {
        EnsureSafeId(id);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var recordPath = RecordPath(id);
            if (!File.Exists(recordPath) || await ReadRecordAsync(recordPath, cancellationToken).ConfigureAwait(false) is not { } record)
            {
                return false;
            }

            var moved = record with { Format = BriefingRecord.CurrentFormat, Community = community };
            await AtomicFile.WriteAsync(recordPath, JsonSerializer.SerializeToUtf8Bytes(moved, Json), CancellationToken.None).ConfigureAwait(false);
            LogAssigned(id, community ?? "shared");
            return true;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private static void EnsureSafeId(string id)
    {
        if (!BriefingIds.IsSafe(id))
        {
            throw new ArgumentException($"'{id}' cannot be a briefing id: only ASCII letters, digits, '-', '_' and '.' are allowed.", nameof(id));
        }
    }

    private static string TextExtension(string? fileName) =>
        fileName is not null && fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? ".txt" : ".md";

    private string RecordPath(string id) => Path.Combine(Directory, id + RecordExtension);

    private static BriefingRecord ToRecord(StoredBriefing stored, string textFile, string sha)
    {
        var b = stored.Briefing;
        return new BriefingRecord
        {
            Id = b.Id,
            Title = b.Title,
            Date = b.Date,
            Source = b.Source,
            ContentHash = b.ContentHash,
            Sections = b.Sections,
            PassageCount = b.Passages.Count,
            TextFile = textFile,
            TextSha256 = sha,
            OriginalFileName = stored.FileName,
            Supplied = new BriefingRecord.SuppliedHeader(stored.Supplied.Title, stored.Supplied.Date, stored.Supplied.Source),
            PostedBy = new BriefingRecord.Poster(stored.Origin.UserId, stored.Origin.UserName),
            Platform = stored.Origin.Platform,
            Chat = stored.Origin.Chat,
            PostedAt = stored.PostedAt,
            Format = BriefingRecord.CurrentFormat,
            Community = b.Community,
        };
    }

    private async Task<BriefingRecord?> ReadRecordAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                var record = await JsonSerializer.DeserializeAsync<BriefingRecord>(stream, Json, cancellationToken).ConfigureAwait(false);
                var expectedId = Path.GetFileNameWithoutExtension(path);

                // JSON null passes `required`, so every field read later is checked here: a hand-edited or damaged
                // record is skipped with its reason, never an exception that stops the whole store from loading.
                if (record is null || record.Id != expectedId || !BriefingIds.IsSafe(record.Id)
                    || record.TextFile is null || record.TextSha256 is null || record.Supplied is null
                    || record.TextFile.Contains('/', StringComparison.Ordinal) || record.TextFile.Contains('\\', StringComparison.Ordinal))
                {
                    LogUnreadable(path, "the record does not describe this file");
                    return null;
                }

                return record;
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            LogUnreadable(path, e.Message);
            return null;
        }
    }

    private async Task<Briefing?> ReadBriefingAsync(BriefingRecord record, CancellationToken cancellationToken)
    {
        var textPath = Path.Combine(Directory, record.TextFile);
        if (!File.Exists(textPath))
        {
            LogUnreadable(textPath, "the text file is missing");
            return null;
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(textPath, cancellationToken).ConfigureAwait(false);
            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != record.TextSha256)
            {
                LogUnreadable(textPath, "the text does not match its recorded hash");
                return null;
            }

            var text = StrictUtf8.GetString(bytes);
            var header = new BriefingHeader(record.Id, record.Supplied.Title, record.Supplied.Date, record.Supplied.Source);
            var briefing = parser.Parse(text, header);
            if (briefing.ContentHash != record.ContentHash || briefing.Passages.Count != record.PassageCount)
            {
                // The parser changed since the briefing was posted; the text is the truth, so the new parse is used.
                LogReparsedDifferently(record.Id, record.PassageCount, briefing.Passages.Count);
            }

            // A briefing posted before communities existed was visible everywhere, and nothing says whose it is:
            // it waits in the legacy holding community, seen by no chat, until the operator assigns it.
            return briefing with { Community = record.Format < BriefingRecord.CurrentFormat ? Communities.CommunityIds.Legacy : record.Community };
        }
        catch (Exception e) when (e is BriefingFormatException or DecoderFallbackException or IOException or UnauthorizedAccessException)
        {
            LogUnreadable(textPath, e.Message);
            return null;
        }
    }

    /// <param name="unreadable">Ids whose record could not be read: their text is kept for a person to look at.</param>
    private void RemoveLeftovers(HashSet<string> referenced, HashSet<string> unreadable)
    {
        foreach (var path in System.IO.Directory.EnumerateFiles(Directory))
        {
            var name = Path.GetFileName(path);
            var leftover = AtomicFile.IsTemporary(path)
                || (IsTextFile(name) && !referenced.Contains(name) && !unreadable.Contains(TextFileId(name)));
            if (leftover)
            {
                TryDelete(path);
                LogLeftoverRemoved(name);
            }
        }
    }

    /// <summary>The id in a text file name <c>&lt;id&gt;.&lt;sha&gt;.&lt;ext&gt;</c>.</summary>
    private static string TextFileId(string name)
    {
        var withoutExtension = Path.GetFileNameWithoutExtension(name);
        return Path.GetFileNameWithoutExtension(withoutExtension);
    }

    /// <summary>Only names this store gives its text files, so nothing a person put in the folder is removed.</summary>
    private static bool IsTextFile(string name) => TextFileName().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\.[0-9a-f]{16}\.(md|txt)$")]
    private static partial System.Text.RegularExpressions.Regex TextFileName();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Harmless: an unreferenced file is ignored and removed on a later load.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored briefing {BriefingId} as {TextFile} ({Bytes} bytes)")]
    private partial void LogSaved(string briefingId, string textFile, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing {BriefingId} now belongs to {Community}")]
    private partial void LogAssigned(string briefingId, string community);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted briefing {BriefingId} from the store")]
    private partial void LogDeleted(string briefingId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped stored file {Path}: {Reason}")]
    private partial void LogUnreadable(string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Briefing {BriefingId} parses differently than when it was stored ({StoredPassages} → {Passages} passages); using the new parse")]
    private partial void LogReparsedDifferently(string briefingId, int storedPassages, int passages);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed {File} left behind by an interrupted write")]
    private partial void LogLeftoverRemoved(string file);
}
