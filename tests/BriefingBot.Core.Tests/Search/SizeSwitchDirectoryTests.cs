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

        using var small = directory.OpenInput("small.bin", IOContext.DEFAULT);
        using var large = directory.OpenInput("large.bin", IOContext.DEFAULT);

        Assert.IsType<MappedBufferedInput>(small);
        Assert.Contains("NIOFS", large.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_stored_fields_file_is_read_a_block_at_a_time_from_its_mapping()
    {
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: 100);
        Write(directory, "_0.fdt", 100);
        Write(directory, "_1.fdt", 101);

        using var small = directory.OpenInput("_0.fdt", IOContext.DEFAULT);
        using var large = directory.OpenInput("_1.fdt", IOContext.DEFAULT);

        Assert.IsType<MappedBufferedInput>(small);
        Assert.Contains("NIOFS", large.GetType().Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_fields_file_read_in_blocks_gives_the_written_bytes_at_any_position_and_in_clones()
    {
        const int length = (MappedBufferedInput.StoredFieldsBlockSize * 3) + 17;
        using var directory = new SizeSwitchDirectory(_folder, mappedLimit: length);
        Write(directory, "_0.fdt", length);
        using var input = directory.OpenInput("_0.fdt", IOContext.DEFAULT);
        Assert.Equal(length, input.Length);

        foreach (var at in new[] { length - 1, 0, MappedBufferedInput.StoredFieldsBlockSize - 1, MappedBufferedInput.StoredFieldsBlockSize * 2, 5 })
        {
            input.Seek(at);
            Assert.Equal(ByteAt(at), input.ReadByte());
        }

        input.Seek(MappedBufferedInput.StoredFieldsBlockSize - 3);
        var clone = (IndexInput)input.Clone();
        var across = new byte[MappedBufferedInput.StoredFieldsBlockSize + 10];
        input.ReadBytes(across, 0, across.Length);
        Assert.Equal(Enumerable.Range(MappedBufferedInput.StoredFieldsBlockSize - 3, across.Length).Select(i => (byte)i), across);

        // A clone keeps its own position: it reads on from where the input was when it was cloned.
        Assert.Equal(ByteAt(MappedBufferedInput.StoredFieldsBlockSize - 3), clone.ReadByte());
        clone.Seek(length - 2);
        Assert.Equal([ByteAt(length - 2), ByteAt(length - 1)], [clone.ReadByte(), clone.ReadByte()]);
        Assert.ThrowsAny<Exception>(() => clone.ReadByte());
    }

    [Fact]
    public void Clones_of_a_mapped_file_read_the_written_bytes_side_by_side_on_two_threads()
    {
        const int length = MappedBufferedInput.BlockSize * 40;
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
