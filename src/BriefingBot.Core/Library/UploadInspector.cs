using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Core.Library;

/// <summary>
/// Decides whether uploaded bytes are a plain-text or Markdown briefing before anything is parsed or stored.
/// Markup (HTML, XML, RTF) is refused rather than stripped: stripping a web page keeps menus, scripts and
/// footers as "passages", and the moderator can simply save or paste the article as text.
/// </summary>
internal static partial class UploadInspector
{
    private static readonly string[] AllowedExtensions = [".txt", ".md", ".markdown"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Share of control characters above which text is taken for binary data.</summary>
    private const double MaxControlShare = 0.01;

    /// <summary>A few tags are fine in Markdown (&lt;br&gt;); this many, making up this share of the text, is a page.</summary>
    private const int MarkupTagCount = 10;
    private const double MarkupShare = 0.15;

    /// <summary>Checks that need no content: usable before downloading an attachment.</summary>
    public static BriefingRejected? CheckAttachment(string? fileName, long? declaredSize, int maxBytes)
    {
        if (fileName is not null && !AllowedExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return new BriefingRejected(IntakeRejection.UnsupportedFileType, $"'{fileName}' is not a .txt or .md file.");
        }

        return declaredSize > maxBytes ? TooLarge(declaredSize.Value, maxBytes) : null;
    }

    /// <summary>The text of the upload, or why it is no briefing text.</summary>
    public static BriefingRejected? ReadText(ReadOnlySpan<byte> bytes, string? fileName, int maxBytes, out string text)
    {
        text = string.Empty;
        if (CheckAttachment(fileName, bytes.Length, maxBytes) is { } refused)
        {
            return refused;
        }

        if (bytes.IsEmpty)
        {
            return new BriefingRejected(IntakeRejection.Empty, "The briefing is empty.");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new BriefingRejected(IntakeRejection.NotUtf8, "The text is UTF-16; save it as UTF-8.");
        }

        if (IsKnownBinary(bytes) || bytes.Contains((byte)0))
        {
            return new BriefingRejected(IntakeRejection.Binary, "The file is binary data, not text.");
        }

        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return new BriefingRejected(IntakeRejection.NotUtf8, "The text is not valid UTF-8; save it as UTF-8.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return new BriefingRejected(IntakeRejection.Empty, "The briefing is empty.");
        }

        if (ControlShare(text) > MaxControlShare)
        {
            return new BriefingRejected(IntakeRejection.Binary, "The text is full of control characters: binary data, not text.");
        }

        return IsMarkup(text)
            ? new BriefingRejected(IntakeRejection.Markup, "The text is an HTML/XML page or RTF document; send plain text or Markdown.")
            : null;
    }

    internal static bool IsMarkup(string text)
    {
        var start = text.TrimStart();
        if (start.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith(@"{\rtf", StringComparison.Ordinal))
        {
            return true;
        }

        var tags = 0;
        var tagChars = 0;
        foreach (var match in Tag().EnumerateMatches(text))
        {
            tags++;
            tagChars += match.Length;
        }

        return tags >= MarkupTagCount && tagChars > text.Length * MarkupShare;
    }

    private static BriefingRejected TooLarge(long size, int maxBytes) =>
        new(IntakeRejection.TooLarge, $"The briefing has {size} bytes; the limit is {maxBytes}.");

    private static bool IsKnownBinary(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF-"u8)
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) // zip: docx, odt, epub
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) // OLE: doc
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) // png
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]); // jpeg

    private static double ControlShare(string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                control++;
            }
        }

        return control / (double)text.Length;
    }

    [GeneratedRegex(@"<!--.*?-->|</?[A-Za-z][A-Za-z0-9:-]*(\s[^<>]*)?/?>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
