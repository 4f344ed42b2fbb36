using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Tests.Support;

/// <summary>
/// Reads the hostile corpora (files under <c>Hostile/</c>). Giant inputs are written small: <c>{{repeat N}}…{{/repeat}}</c>
/// repeats its content N times (<c>{{name}}</c> inside it is a different Arabic-letter word each time), and
/// <c>{{U+XXXX}}</c> is that UTF-16 unit, so control, bidi and lone-surrogate characters stay visible in the file.
/// A file without these markers is used byte for byte (invalid UTF-8 stays invalid).
/// </summary>
internal static partial class HostileCorpus
{
    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Hostile", name);

    /// <summary>The bytes a hostile file stands for.</summary>
    public static byte[] Bytes(string path)
    {
        var raw = File.ReadAllBytes(path);
        if (raw.AsSpan().IndexOf("{{"u8) < 0)
        {
            return raw;
        }

        // Lone surrogates cannot be encoded as UTF-8; they are replaced, which the intake sees as what a client would send.
        return Encoding.UTF8.GetBytes(Expand(Encoding.UTF8.GetString(raw)));
    }

    public static string Expand(string text)
    {
        var repeated = Repeat().Replace(text, m =>
        {
            var count = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var body = m.Groups[2].Value;
            var sb = new StringBuilder();
            for (var i = 0; i < count; i++)
            {
                sb.Append(body.Replace("{{name}}", Name(i), StringComparison.Ordinal));
            }

            return sb.ToString();
        });
        return Unit().Replace(repeated, m => ((char)int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString());
    }

    /// <summary>A distinct word of Arabic letters for each number, at least four letters long.</summary>
    private static string Name(int i)
    {
        const string letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
        var sb = new StringBuilder("ك");
        do
        {
            sb.Append(letters[i % letters.Length]);
            i /= letters.Length;
        }
        while (i > 0 || sb.Length < 4);
        return sb.ToString();
    }

    [GeneratedRegex(@"\{\{repeat (\d+)\}\}(.*?)\{\{/repeat\}\}", RegexOptions.Singleline)]
    private static partial Regex Repeat();

    [GeneratedRegex(@"\{\{U\+([0-9A-Fa-f]{4})\}\}")]
    private static partial Regex Unit();
}
