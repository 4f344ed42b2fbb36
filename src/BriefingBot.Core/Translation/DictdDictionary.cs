using System.IO.Compression;
using System.Text;

namespace BriefingBot.Core.Translation;

/// <summary>
/// A dictionary in the dictd format (what the Debian <c>dict-freedict-*</c> packages install under /usr/share/dictd):
/// a <c>.index</c> of lines «headword TAB offset TAB length», numbers in dictd's base-64, pointing into a <c>.dict</c>
/// file, or a <c>.dict.dz</c> that is the same file gzip-compressed. The whole data file is read into memory once
/// (2.8 MB for English–Arabic), so a lookup is a hash probe and a UTF-8 decode.
/// </summary>
public sealed class DictdDictionary
{
    private const string Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>dictd's own metadata entries (00databaseinfo, 00-database-url …) are not words.</summary>
    private const string MetadataPrefix = "00";

    private readonly byte[] _data;
    private readonly Dictionary<string, List<(int Offset, int Length)>> _entries;

    private DictdDictionary(byte[] data, Dictionary<string, List<(int Offset, int Length)>> entries)
    {
        _data = data;
        _entries = entries;
    }

    /// <summary>How many distinct headwords the dictionary has.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Reads <paramref name="indexPath"/> and its data file. Throws <see cref="InvalidDataException"/> for a malformed
    /// index line or an entry pointing outside the data, naming the line.
    /// </summary>
    public static DictdDictionary Load(string indexPath, string dictPath)
    {
        var data = dictPath.EndsWith(".dz", StringComparison.OrdinalIgnoreCase) ? Decompress(dictPath) : File.ReadAllBytes(dictPath);
        var entries = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(indexPath, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith(MetadataPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 3 || !TryDecode(parts[1], out var offset) || !TryDecode(parts[2], out var length) || offset + length > data.Length)
            {
                throw new InvalidDataException($"{Path.GetFileName(indexPath)} line {lineNumber} is not «headword TAB offset TAB length» within the data file.");
            }

            var key = Normalize(parts[0]);
            if (!entries.TryGetValue(key, out var list))
            {
                list = new List<(int, int)>(1);
                entries[key] = list;
            }

            list.Add(((int)offset, (int)length));
        }

        return new DictdDictionary(data, entries);
    }

    /// <summary>The entries (headword line and definition, as stored) of <paramref name="headword"/>, any case; empty when absent.</summary>
    public IReadOnlyList<string> Lookup(string headword)
    {
        if (!_entries.TryGetValue(Normalize(headword), out var list))
        {
            return [];
        }

        return list.Select(e => Encoding.UTF8.GetString(_data, e.Offset, e.Length)).ToList();
    }

    public bool Contains(string headword) => _entries.ContainsKey(Normalize(headword));

    /// <summary>dictd numbers: base-64 digits, most significant first.</summary>
    public static bool TryDecode(string text, out long value)
    {
        value = 0;
        if (text.Length is 0 or > 10)
        {
            return false;
        }

        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 64) + digit;
        }

        return true;
    }

    private static string Normalize(string headword) => headword.Trim().ToLowerInvariant();

    private static byte[] Decompress(string path)
    {
        // A .dz is an ordinary gzip file whose header carries a chunk table for random access; read whole, it needs none.
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
