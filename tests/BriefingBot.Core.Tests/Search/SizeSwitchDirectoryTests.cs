using BriefingBot.Core.Search;
using Lucene.Net.Store;

namespace BriefingBot.Core.Tests.Search;

public sealed class SizeSwitchDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("size-switch-");

    [Fact]
    public void Small_files_are_mapped_and_large_ones_read_into_buffers()
    {
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: 100);
        Write(directory, "small.bin", 100);
        Write(directory, "large.bin", 101);
        Write(directory, "_0.fdt", 100);

        using var small = directory.OpenInput("small.bin", IOContext.DEFAULT);
        using var large = directory.OpenInput("large.bin", IOContext.DEFAULT);
        using var stored = directory.OpenInput("_0.fdt", IOContext.DEFAULT);

        Assert.IsType<MappedFileInput>(small);
        Assert.IsType<MappedFileInput>(stored);
        Assert.Contains("NIOFS", large.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapped_file_gives_the_written_bytes_at_any_position_and_in_clones_and_stops_at_its_end()
    {
        const int length = 4096 + 17;
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: length);
        Write(directory, "_0.fdt", length);
        using var input = directory.OpenInput("_0.fdt", IOContext.DEFAULT);
        Assert.Equal(length, input.Length);

        foreach (var at in new[] { length - 1, 0, 4095, 4096, 5 })
        {
            input.Seek(at);
            Assert.Equal(ByteAt(at), input.ReadByte());
            Assert.Equal(at + 1, input.Position);
        }

        input.Seek(4093);
        var clone = (IndexInput)input.Clone();
        var across = new byte[20];
        input.ReadBytes(across, 0, across.Length);
        Assert.Equal(Enumerable.Range(4093, across.Length).Select(i => (byte)i), across);

        // A clone keeps its own position: it reads on from where the input was when it was cloned.
        Assert.Equal(ByteAt(4093), clone.ReadByte());
        clone.Seek(length - 2);
        Assert.Equal([ByteAt(length - 2), ByteAt(length - 1)], [clone.ReadByte(), clone.ReadByte()]);
        Assert.ThrowsAny<Exception>(() => clone.ReadByte());
        clone.Seek(length - 3);
        Assert.ThrowsAny<Exception>(() => clone.ReadInt32());
        Assert.ThrowsAny<Exception>(() => clone.ReadBytes(new byte[4], 0, 4));
    }

    [Fact]
    public void Numbers_read_from_a_mapping_are_those_written_even_at_its_end()
    {
        var numbers = new long[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, (long)int.MaxValue + 1, long.MaxValue };
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: 1000);
        using (var output = directory.CreateOutput("numbers.bin", IOContext.DEFAULT))
        {
            foreach (var n in numbers)
            {
                output.WriteVInt64(n);
                if (n <= int.MaxValue)
                {
                    output.WriteVInt32((int)n);
                }

                output.WriteInt64(n);
                output.WriteInt32(unchecked((int)n));
                output.WriteInt16(unchecked((short)n));
            }

            // Last, so that the variable-length reads near the end take the byte-at-a-time way.
            output.WriteVInt32(int.MaxValue);
            output.WriteVInt64(long.MaxValue);
        }

        using var input = directory.OpenInput("numbers.bin", IOContext.DEFAULT);
        Assert.IsType<MappedFileInput>(input);
        foreach (var n in numbers)
        {
            Assert.Equal(n, input.ReadVInt64());
            if (n <= int.MaxValue)
            {
                Assert.Equal((int)n, input.ReadVInt32());
            }

            Assert.Equal(n, input.ReadInt64());
            Assert.Equal(unchecked((int)n), input.ReadInt32());
            Assert.Equal(unchecked((short)n), input.ReadInt16());
        }

        Assert.Equal(int.MaxValue, input.ReadVInt32());
        Assert.Equal(long.MaxValue, input.ReadVInt64());
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void An_empty_file_is_opened_with_nothing_to_read()
    {
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: 100);
        Write(directory, "empty.bin", 0);

        using var input = directory.OpenInput("empty.bin", IOContext.DEFAULT);

        Assert.Equal(0, input.Length);
        Assert.ThrowsAny<Exception>(() => input.ReadByte());
    }

    [Fact]
    public void Clones_of_a_mapped_file_read_the_written_bytes_side_by_side_on_two_threads()
    {
        const int length = 512 * 40;
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: length);
        Write(directory, "_0_Lucene41_0.doc", length);
        using var input = directory.OpenInput("_0_Lucene41_0.doc", IOContext.DEFAULT);

        var wrong = 0;
        Parallel.For(0, 2, thread =>
        {
            var clone = (IndexInput)input.Clone();
            var random = new Random(thread);
            for (var i = 0; i < 20_000; i++)
            {
                var at = random.Next(length - 3);
                clone.Seek(at);
                if (clone.ReadByte() != ByteAt(at) || clone.ReadByte() != ByteAt(at + 1))
                {
                    Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }

    [Fact]
    public void Either_way_a_file_reads_back_what_was_written()
    {
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: 100);
        Write(directory, "small.bin", 50);
        Write(directory, "large.bin", 5000);

        foreach (var (name, length) in new[] { ("small.bin", 50), ("large.bin", 5000) })
        {
            using var input = directory.OpenInput(name, IOContext.DEFAULT);
            var bytes = new byte[length];
            input.ReadBytes(bytes, 0, length);
            Assert.Equal(Enumerable.Range(0, length).Select(i => (byte)i), bytes);
        }
    }

    [Fact]
    public void An_index_opened_by_size_answers_from_both_kinds_of_file()
    {
        var path = Path.Combine(_folder.FullName, "index");
        var briefing = new BriefingBot.Core.Briefings.BriefingParser().Parse(
            "قال الخبير العسكري بولياكوف إن التعاون بين موسكو وبيونغ يانغ يتعمق.\n\nوتناول التقرير أسعار القمح في الأسواق.",
            new BriefingBot.Core.Briefings.BriefingHeader(Id: "b1", Title: "موجز", Date: new DateOnly(2026, 11, 24)));
        using (var index = PassageIndex.Open(path, access: IndexFileAccess.Auto))
        {
            index.Rebuild([briefing], "test");
        }

        using var reopened = PassageIndex.Open(path, access: IndexFileAccess.Auto);
        var hits = reopened.Search(new PassageSearch(reopened.Analyze("أسعار القمح"), 1)).Hits;

        Assert.Contains("القمح", Assert.Single(hits).Passage.Text, StringComparison.Ordinal);
        Assert.Equal(nameof(SizeSwitchDirectory), reopened.DirectoryType);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte ByteAt(int position) => unchecked((byte)position);

    private static void Write(SizeSwitchDirectory directory, string name, int length)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(Enumerable.Range(0, length).Select(i => (byte)i).ToArray(), length);
    }
}
