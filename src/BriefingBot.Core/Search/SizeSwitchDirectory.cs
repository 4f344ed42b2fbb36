using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BriefingBot.Core.Search;

/// <summary>
/// Reads each index file the way its size calls for (<see cref="IndexFileAccess.Auto"/>): files up to
/// <paramref name="mappedLimit"/> bytes memory-mapped, larger ones read into buffers. On a small index every file is
/// mapped, the fastest; on a large one the terms dictionary, norms and doc values stay mapped while the big posting,
/// position and stored-field files, whose touched pages would otherwise all count in the process's resident memory,
/// are read (bench/RESULTS.md). Index files never change once written, so the choice made when a file is opened holds.
/// A mapped file is read straight from its mapping (<see cref="MappedFileInput"/>): Lucene reads it byte by byte. Everything
/// but reading goes to the buffered directory: both see the same folder.
/// </summary>
internal sealed class SizeSwitchDirectory(DirectoryInfo folder, long mappedLimit) : FilterDirectory(new NIOFSDirectory(folder))
{
    /// <summary>
    /// The largest file <see cref="IndexFileAccess.Auto"/> maps: a 100k-passage index (stored fields 79 MB) stays wholly mapped, as
    /// fast as <c>Mapped</c>; at 1M the stored fields (786 MB), postings (127 MB) and positions (100 MB) are read (bench/RESULTS.md).
    /// </summary>
    public const long AutoMappedFileLimit = 80L << 20;

    private readonly MMapDirectory _mapped = new(folder);

    public override IndexInput OpenInput(string name, IOContext context)
    {
        if (!IsSmall(name))
        {
            return base.OpenInput(name, context);
        }

        EnsureOpen();
        return MappedFileInput.Open(Path.Combine(folder.FullName, name));
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context) =>
        IsSmall(name) ? _mapped.CreateSlicer(name, context) : base.CreateSlicer(name, context);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _mapped.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool IsSmall(string name) => FileLength(name) <= mappedLimit;
}
