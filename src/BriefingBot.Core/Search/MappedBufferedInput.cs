using Lucene.Net.Store;

namespace BriefingBot.Core.Search;

/// <summary>
/// A memory-mapped file read a block at a time into a buffer. Lucene.NET's mapped input pays a safe-handle
/// acquire and release on every byte it reads, and decompressing a stored passage reads its chunk (up to 16 KB of LZ4
/// tokens) a byte at a time: three times the cost of the same bytes copied out in blocks and read from an array
/// (bench/RESULTS.md, "Cost per question"). The bytes are the mapped file's, so every read gives what it gave.
/// </summary>
internal sealed class MappedBufferedInput : BufferedIndexInput
{
    /// <summary>A stored-fields chunk is 16 KB before compression: a passage is one or two blocks of this.</summary>
    public const int BlockSize = 4096;

    private IndexInput _mapped;
    private bool _isClone;

    public MappedBufferedInput(IndexInput mapped)
        : base($"buffered({mapped})", BlockSize)
    {
        _mapped = mapped;
    }

    public override long Length => _mapped.Length;

    public override object Clone()
    {
        var clone = (MappedBufferedInput)base.Clone();
        clone._mapped = (IndexInput)_mapped.Clone();
        clone._isClone = true;
        return clone;
    }

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        _mapped.Seek(Position);
        _mapped.ReadBytes(b, offset, length);
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
