using Lucene.Net.Store;

namespace BriefingBot.Core.Search;

/// <summary>
/// A memory-mapped file read a block at a time into a buffer. Lucene.NET's mapped input pays a safe-handle
/// acquire and release on every byte it reads (posting lists and skip data are read a variable-length integer at a
/// time, a stored passage is LZ4-decompressed a token at a time), and each clone of it (one for every posting cursor a
/// question opens) is registered in a weak table. Here the clones share the one mapped input, each with a buffer of
/// its own, and copy a block out of the mapping under its lock (bench/RESULTS.md, "Cost per question"). The bytes are
/// the mapped file's, so every read gives what it gave.
/// </summary>
internal sealed class MappedBufferedInput : BufferedIndexInput
{
    /// <summary>For stored passages: a stored-fields chunk is 16 KB before compression, a passage one or two blocks of this.</summary>
    public const int StoredFieldsBlockSize = 4096;

    /// <summary>For postings, terms, norms and doc values: a posting block of 128 passages packs into a few hundred bytes.</summary>
    public const int BlockSize = 512;

    /// <summary>Shared by every clone; its position is only ever set and read under its lock.</summary>
    private readonly IndexInput _mapped;

    /// <summary>
    /// Guards <see cref="_mapped"/>'s position for every clone. Not the mapped input itself: Lucene.NET keeps it in a
    /// weak table, which puts its identity hash in the object header, and a monitor on such an object is taken through
    /// the runtime's slow path on every block read (a third of the slowest questions' CPU in a profile).
    /// </summary>
    private readonly System.Threading.Lock _gate = new();

    private bool _isClone;

    public MappedBufferedInput(IndexInput mapped, int blockSize)
        : base($"buffered({mapped})", blockSize)
    {
        _mapped = mapped;
    }

    public override long Length => _mapped.Length;

    public override object Clone()
    {
        var clone = (MappedBufferedInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        lock (_gate)
        {
            _mapped.Seek(Position);
            _mapped.ReadBytes(b, offset, length);
        }
    }

    // The position is passed to the mapped input when a block is read.
    protected override void SeekInternal(long pos)
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone)
        {
            _mapped.Dispose();
        }
    }
}
