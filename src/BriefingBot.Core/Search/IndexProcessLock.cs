using Lucene.Net.Store;

namespace BriefingBot.Core.Search;

/// <summary>
/// Keeps a second process from writing the index. Lucene's <c>NativeFSLockFactory</c> refuses a second writer inside
/// one process, but on Linux it let a command-line <c>brief</c> open a writer beside a running bot (measured), and two
/// writers corrupt an index. An exclusive <see cref="FileStream"/> is an advisory lock (<c>flock</c>) that every .NET
/// process honours and that the kernel releases when the process dies, so a crash leaves no stale lock behind.
/// </summary>
internal sealed class IndexProcessLock : IDisposable
{
    public const string FileName = "briefingbot.lock";

    private readonly FileStream _lock;

    private IndexProcessLock(FileStream held) => _lock = held;

    /// <exception cref="LockObtainFailedException">Another process holds the index.</exception>
    public static IndexProcessLock Acquire(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            return new IndexProcessLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new LockObtainFailedException($"The index in {directory} is in use by another process.", e);
        }
    }

    public void Dispose() => _lock.Dispose();
}
