using System.IO.Compression;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Translation;

namespace BriefingBot.Core.Tests.Translation;

/// <summary>The dictd format, on a hand-written fixture (Translation/Fixtures/tiny.*), so it needs no installed package.</summary>
public sealed class DictdDictionaryTests
{
    private static string Fixture(string file) => Path.Combine(Dictionaries.FixtureDirectory, file);

    [Theory]
    [InlineData("A", 0)]
    [InlineData("7", 59)]
    [InlineData("Bk", 100)]
    [InlineData("CD", 131)]
    [InlineData("//", 4095)]
    public void Numbers_are_read_as_dictd_base64_most_significant_digit_first(string text, long expected)
    {
        Assert.True(DictdDictionary.TryDecode(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A-B")]
    [InlineData("AAAAAAAAAAA")]
    public void A_number_with_a_foreign_digit_or_too_many_digits_is_rejected(string text) =>
        Assert.False(DictdDictionary.TryDecode(text, out _));

    [Fact]
    public void An_entry_is_found_by_its_headword_in_any_case_and_metadata_is_not_a_word()
    {
        var dictionary = DictdDictionary.Load(Fixture("tiny.index"), Fixture("tiny.dict"));

        var entry = Assert.Single(dictionary.Lookup("Sanctions"));
        Assert.Equal("Sanctions /sˈaŋkʃənz/\nالعقوبات\n", entry);
        Assert.Empty(dictionary.Lookup("00databaseshort"));
        Assert.Empty(dictionary.Lookup("absent"));
        Assert.Equal(7, dictionary.Count);
    }

    [Fact]
    public void A_headword_with_two_entries_returns_both_in_file_order()
    {
        var dictionary = DictdDictionary.Load(Fixture("tiny.index"), Fixture("tiny.dict"));

        var entries = dictionary.Lookup("meet");

        Assert.Equal(2, entries.Count);
        Assert.Contains("إجتمع", entries[0], StringComparison.Ordinal);
        Assert.Contains("لقاء", entries[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_compressed_dict_dz_reads_the_same_as_the_plain_file()
    {
        using var temp = new TempDirectory();
        var dz = Path.Combine(temp.Path, "tiny.dict.dz");
        using (var output = File.Create(dz))
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(File.ReadAllBytes(Fixture("tiny.dict")));
        }

        var plain = DictdDictionary.Load(Fixture("tiny.index"), Fixture("tiny.dict"));
        var compressed = DictdDictionary.Load(Fixture("tiny.index"), dz);

        foreach (var word in (string[])["alliance", "bomb", "meet", "pyongyang", "wood"])
        {
            Assert.Equal(plain.Lookup(word), compressed.Lookup(word));
        }
    }

    [Fact]
    public void An_index_line_pointing_outside_the_data_is_reported_with_its_line_number()
    {
        using var temp = new TempDirectory();
        var index = Path.Combine(temp.Path, "bad.index");
        File.WriteAllText(index, "alliance\tA\tp\nbomb\t//\tCD\n");

        var error = Assert.Throws<InvalidDataException>(() => DictdDictionary.Load(index, Fixture("tiny.dict")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
