using System.Globalization;
using System.Text;

namespace BriefingBot.Testing.Telegram;

/// <summary>
/// Parses Bot API HTML the way Telegram does (modelled on TDLib's parse_html): tags must be supported and
/// properly nested, <c>&amp;lt;</c>-style entities are decoded, an unknown <c>&amp;</c> sequence stays literal.
/// Returns the plain text and its entities (offsets in UTF-16 units), or throws with Telegram's description.
/// </summary>
public static class FakeTelegramHtml
{
    private static readonly Dictionary<string, string> EntityTypes = new(StringComparer.Ordinal)
    {
        ["b"] = "bold",
        ["strong"] = "bold",
        ["i"] = "italic",
        ["em"] = "italic",
        ["u"] = "underline",
        ["ins"] = "underline",
        ["s"] = "strikethrough",
        ["strike"] = "strikethrough",
        ["del"] = "strikethrough",
        ["a"] = "text_link",
        ["code"] = "code",
        ["pre"] = "pre",
        ["tg-spoiler"] = "spoiler",
        ["span"] = "spoiler",
        ["blockquote"] = "blockquote",
        ["tg-emoji"] = "custom_emoji",
    };

    public static (string Text, IReadOnlyList<FakeEntity> Entities) Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var open = new Stack<(string Tag, int Start)>();
        var entities = new List<FakeEntity>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    throw new FakeApiException(400, $"Bad Request: can't parse entities: Unclosed start tag at byte offset {ByteOffset(html, i)}");
                }

                var inner = html[(i + 1)..end];
                if (inner.StartsWith('/'))
                {
                    var name = inner[1..].Trim().ToLowerInvariant();
                    if (open.Count == 0)
                    {
                        throw new FakeApiException(400, $"Bad Request: can't parse entities: Unexpected end tag at byte offset {ByteOffset(html, i)}");
                    }

                    var (tag, start) = open.Pop();
                    if (tag != name)
                    {
                        throw new FakeApiException(400, $"Bad Request: can't parse entities: Unmatched end tag at byte offset {ByteOffset(html, i)}, expected \"</{tag}>\", found \"</{name}>\"");
                    }

                    if (text.Length > start)
                    {
                        entities.Add(new FakeEntity(EntityTypes[tag], start, text.Length - start));
                    }
                }
                else
                {
                    var name = inner.Split(' ', 2)[0].Trim().ToLowerInvariant();
                    if (!EntityTypes.ContainsKey(name))
                    {
                        throw new FakeApiException(400, $"Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, i)}");
                    }

                    open.Push((name, text.Length));
                }

                i = end + 1;
                continue;
            }

            if (c == '&' && TryDecodeEntity(html, i, out var decoded, out var length))
            {
                text.Append(decoded);
                i += length;
                continue;
            }

            text.Append(c);
            i++;
        }

        if (open.Count > 0)
        {
            throw new FakeApiException(400, $"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek().Tag}\"");
        }

        return (text.ToString(), entities);
    }

    private static bool TryDecodeEntity(string html, int at, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var semicolon = html.IndexOf(';', at);
        if (semicolon < 0 || semicolon - at > 10)
        {
            return false;
        }

        var name = html[(at + 1)..semicolon];
        decoded = name switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ when name.StartsWith("#x", StringComparison.OrdinalIgnoreCase) && int.TryParse(name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex) => char.ConvertFromUtf32(hex),
            _ when name.StartsWith('#') && int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var dec) => char.ConvertFromUtf32(dec),
            _ => string.Empty,
        };
        length = semicolon - at + 1;
        return decoded.Length > 0;
    }

    private static int ByteOffset(string html, int charIndex) => Encoding.UTF8.GetByteCount(html.AsSpan(0, charIndex));
}
