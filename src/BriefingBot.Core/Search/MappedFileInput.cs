using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace BriefingBot.Core.Search;

/// <summary>
/// An index file memory-mapped once and read straight from the mapping. Lucene reads postings, skip data, term frames
/// and doc values a byte or a variable-length integer at a time, at scattered places: Lucene.NET's mapped input pays a
/// safe-handle acquire and release for every byte, and a block buffer over it (the ninth round's) copied 512 bytes under
/// a lock for the few a doc value or a skip entry needs, and gave every clone (one per posting cursor) a buffer of its
/// own. Here a read is a bounds check and a load; clones share the mapping and copy nothing. The bytes are the file's,
/// so every read gives what it gave. The mapping lives until the input that opened it is disposed: Lucene disposes it
/// when the last reader of its segment closes, after every search (and so every clone) on it has ended.
/// </summary>
internal sealed unsafe class MappedFileInput : IndexInput
{
    private readonly Mapping? _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;
    private bool _isClone;

    private MappedFileInput(string path, Mapping? mapping)
        : base($"mapped({path})")
    {
        _mapping = mapping;
        _start = mapping is null ? null : mapping.Start;
        _length = mapping?.Length ?? 0;
    }

    public override long Length => _length;

    /// <summary>Maps the whole file for reading; an empty file has nothing to map.</summary>
    public static MappedFileInput Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new MappedFileInput(path, stream.Length == 0 ? null : new Mapping(stream));
    }

    public override long Position => _position;

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        new ReadOnlySpan<byte>(Take(len), len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(new ReadOnlySpan<byte>(Take(sizeof(short)), sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(new ReadOnlySpan<byte>(Take(sizeof(int)), sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(new ReadOnlySpan<byte>(Take(sizeof(long)), sizeof(long)));

    // Postings, skip data and term frames are mostly variable-length integers: decoded here without a call per byte
    // when the longest one fits before the end, as Lucene's buffered input does within its buffer.
    public override int ReadVInt32()
    {
        if (_length - _position < 5)
        {
            return base.ReadVInt32();
        }

        var at = _start + _position;
        var result = 0;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var b = *at++;
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                _position = at - _start;
                return result;
            }
        }

        var last = *at++;
        if ((last & 0xF0) != 0)
        {
            throw new IOException("Invalid VInt32 detected (too many bits)");
        }

        _position = at - _start;
        return result | (last << 28);
    }

    public override long ReadVInt64()
    {
        if (_length - _position < 9)
        {
            return base.ReadVInt64();
        }

        var at = _start + _position;
        var result = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = *at++;
            result |= (b & 0x7FL) << shift;
            if (b < 0x80)
            {
                _position = at - _start;
                return result;
            }
        }

        throw new IOException("Invalid VInt64 detected (negative values disallowed)");
    }

    public override void Seek(long pos)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(pos);
        _position = pos;
    }

    public override object Clone()
    {
        var clone = (MappedFileInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone)
        {
            _mapping?.Dispose();
        }
    }

    /// <summary>The address of the next <paramref name="count"/> bytes, which the position then passes.</summary>
    private byte* Take(int count)
    {
        if (count < 0 || count > _length - _position)
        {
            throw new EndOfStreamException($"read past EOF: {this}");
        }

        var at = _start + _position;
        _position += count;
        return at;
    }

    /// <summary>The file's mapping and the address it is read at, held until disposed.</summary>
    private sealed class Mapping : IDisposable
    {
        private readonly MemoryMappedFile _file;
        private readonly MemoryMappedViewAccessor _view;
        private int _disposed;

        public Mapping(FileStream stream)
        {
            Length = stream.Length;
            _file = MemoryMappedFile.CreateFromFile(stream, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            _view = _file.CreateViewAccessor(0, Length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            Start = pointer + _view.PointerOffset;
        }

        public byte* Start { get; }

        public long Length { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _view.SafeMemoryMappedViewHandle.ReleasePointer();
                _view.Dispose();
                _file.Dispose();
            }
        }
    }
}
