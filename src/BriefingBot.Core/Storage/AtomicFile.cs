namespace BriefingBot.Core.Storage;

/// <summary>
/// Replaces a file so that a reader (or a restart after a crash) sees either the old content or the whole new
/// content, never a part: write a temporary file in the same directory, flush it to disk, rename it over the
/// target (atomic on one file system), then sync the directory so the rename itself is durable.
/// </summary>
public static class AtomicFile
{
    /// <summary>Suffix of temporary files; whatever carries it after a crash is garbage.</summary>
    public const string TempSuffix = ".tmp";

    public static async Task WriteAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var (directory, temp) = TempBeside(path);
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        DirectorySync.Flush(directory);
    }

    /// <summary>The same, for the few small files written where no async context is at hand (the index pointer).</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var (directory, temp) = TempBeside(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        DirectorySync.Flush(directory);
    }

    public static bool IsTemporary(string path) => path.EndsWith(TempSuffix, StringComparison.Ordinal);

    /// <summary>
    /// The directory of <paramref name="path"/> and a new temporary file's path in it, hidden and ending in
    /// <see cref="TempSuffix"/> so that <see cref="IsTemporary"/> knows it for garbage after a crash.
    /// </summary>
    private static (string Directory, string Temp) TempBeside(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? throw new ArgumentException("The path has no directory.", nameof(path));
        return (directory, Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}"));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next load's clean-up.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the next load's clean-up.
        }
    }
}
