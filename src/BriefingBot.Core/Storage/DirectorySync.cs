using System.Runtime.InteropServices;

namespace BriefingBot.Core.Storage;

/// <summary>
/// Makes the names in a directory durable: after a rename the file's data is on disk, but the directory entry
/// pointing at it is only on disk once the directory itself is fsync'ed. .NET refuses to open a directory
/// (<see cref="File.OpenHandle"/> throws <see cref="UnauthorizedAccessException"/>), so on Linux and macOS this
/// calls <c>open(dir, O_RDONLY)</c> + <c>fsync</c> from libc. Windows has no such call for directories; NTFS
/// journals the rename itself, so there it does nothing.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;
    private const int InvalidArgument = 22; // EINVAL: the file system cannot sync directories.
    private const int NotSupported = 95; // EOPNOTSUPP on Linux.

    public static void Flush(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return;
        }

        var fd = Native.Open(directory, ReadOnly);
        if (fd < 0)
        {
            throw new IOException($"Cannot open directory '{directory}' to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Native.Fsync(fd) != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno is not InvalidArgument and not NotSupported)
                {
                    throw new IOException($"Cannot sync directory '{directory}' (errno {errno}).");
                }
            }
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling of the path needs unsafe code in the project.
    private static class Native
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Open(string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
