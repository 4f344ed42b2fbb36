using System.Globalization;
using System.Text;
using BriefingBot.Core.Storage;

namespace BriefingBot.Core.Search;

/// <summary>
/// Where the indexes live under the index directory, so a rebuild can fill a new one beside the one that answers and
/// switch to it at once: each index is a folder <c>gen-N</c>, and the file <c>current</c> names the one that serves.
/// Writing <c>current</c> is the switch (a rename over the old file: atomic, then the directory is synced), so a crash
/// at any point leaves either the old index or the new one serving, never a half-built one. Folders that
/// <c>current</c> does not name are what a crash left behind, deleted on the next open. An index written by an
/// older version (its files directly in the index directory, no <c>current</c>) keeps serving from there until
/// the first rebuild replaces it. The process lock is taken here and covers every folder.
/// </summary>
internal sealed class IndexLayout : IDisposable
{
    public const string PointerFileName = "current";
    private const string Prefix = "gen-";

    private readonly IndexProcessLock _lock;

    private IndexLayout(string root, IndexProcessLock processLock)
    {
        Root = root;
        _lock = processLock;
    }

    public string Root { get; }

    /// <exception cref="Lucene.Net.Store.LockObtainFailedException">Another process holds the index.</exception>
    public static IndexLayout Acquire(string root)
    {
        var folder = System.IO.Directory.CreateDirectory(root).FullName;
        return new IndexLayout(folder, IndexProcessLock.Acquire(folder));
    }

    /// <summary>The folder of the index that serves: the one <c>current</c> names, else the old layout's root; null when there is none.</summary>
    public string? Current() => CurrentIn(Root);

    /// <summary>The same, read without the lock: for tools that read the files of an index at rest.</summary>
    public static string? CurrentIn(string root)
    {
        var pointer = Path.Combine(root, PointerFileName);
        if (File.Exists(pointer))
        {
            var name = File.ReadAllText(pointer, Encoding.UTF8).Trim();
            return IsGeneration(name) ? Path.Combine(root, name) : null;
        }

        return HasLegacyFiles(root) ? root : null;
    }

    /// <summary>A new, empty folder for an index to be built in.</summary>
    public string NewGeneration()
    {
        var next = System.IO.Directory.EnumerateDirectories(Root)
            .Select(Path.GetFileName)
            .Select(n => n is not null && IsGeneration(n) ? long.Parse(n.AsSpan(Prefix.Length), CultureInfo.InvariantCulture) : 0)
            .DefaultIfEmpty(0)
            .Max() + 1;
        var path = Path.Combine(Root, Prefix + next.ToString(CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Makes <paramref name="generation"/> the index that serves, durably; the caller retires the old one.</summary>
    public void Switch(string generation)
    {
        var name = Path.GetFileName(generation);
        if (!IsGeneration(name) || !string.Equals(Path.GetDirectoryName(generation), Root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{generation} is not an index folder of {Root}.", nameof(generation));
        }

        DirectorySync.Flush(generation);
        AtomicFile.Write(Path.Combine(Root, PointerFileName), Encoding.UTF8.GetBytes(name));
    }

    /// <summary>Deletes an index that no longer serves (a folder, or the old layout's files in the root).</summary>
    public void Delete(string generation)
    {
        try
        {
            if (string.Equals(generation, Root, StringComparison.Ordinal))
            {
                foreach (var file in System.IO.Directory.EnumerateFiles(Root).Where(f => IsLuceneFile(Path.GetFileName(f))))
                {
                    File.Delete(file);
                }
            }
            else if (System.IO.Directory.Exists(generation))
            {
                System.IO.Directory.Delete(generation, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next open's clean-up.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the next open's clean-up.
        }
    }

    /// <summary>Deletes every index folder but <paramref name="keep"/>: what a crash during a rebuild, or before the old one was deleted, left.</summary>
    public void DeleteStale(string? keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(Root))
        {
            if (IsGeneration(Path.GetFileName(folder)) && !string.Equals(folder, keep, StringComparison.Ordinal))
            {
                Delete(folder);
            }
        }

        if (keep is not null && !string.Equals(keep, Root, StringComparison.Ordinal) && HasLegacyFiles())
        {
            Delete(Root);
        }
    }

    public void Dispose() => _lock.Dispose();

    private bool HasLegacyFiles() => HasLegacyFiles(Root);

    private static bool HasLegacyFiles(string root) =>
        System.IO.Directory.Exists(root) && System.IO.Directory.EnumerateFiles(root, "segments*").Any();

    private static bool IsGeneration(string? name) =>
        name is not null && name.StartsWith(Prefix, StringComparison.Ordinal) && name.Length > Prefix.Length &&
        name.AsSpan(Prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>The files Lucene writes: <c>segments_N</c>, <c>segments.gen</c>, <c>_N.*</c> and its lock.</summary>
    private static bool IsLuceneFile(string? name) =>
        name is not null && (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == "write.lock");
}
