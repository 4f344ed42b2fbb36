using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Text;

/// <summary>
/// Cuts text where a reader sees a character boundary (a text element: a letter with its marks, an emoji with its
/// modifiers, a surrogate pair). A cut by UTF-16 index can split a surrogate pair, which then shows as U+FFFD.
/// </summary>
public static class TextElements
{
    /// <summary>
    /// The longest prefix of <paramref name="text"/> that is at most <paramref name="maxLength"/> UTF-16 units and ends
    /// on a text-element boundary. When the first text element alone is longer (a letter followed by thousands of
    /// marks), the cut falls on the last whole code point instead, so a prefix is never empty and never splits a pair.
    /// </summary>
    public static int PrefixLength(ReadOnlySpan<char> text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        if (text.Length <= maxLength)
        {
            return text.Length;
        }

        var end = 0;
        while (end < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text[end..]);
            if (end + next > maxLength)
            {
                break;
            }

            end += next;
        }

        return end > 0 ? end : RunePrefixLength(text, maxLength);
    }

    /// <summary><paramref name="text"/> cut to at most <paramref name="maxLength"/> UTF-16 units on a text-element boundary.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        var length = PrefixLength(text, maxLength);
        return length == text.Length ? text : text[..length];
    }

    /// <summary>As <see cref="Truncate(string, int)"/>, ending with <paramref name="ellipsis"/> when something was cut; the whole stays within the limit.</summary>
    public static string Truncate(string text, int maxLength, string ellipsis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(ellipsis);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var length = PrefixLength(text, Math.Max(0, maxLength - ellipsis.Length));
        return text[..length].TrimEnd() + ellipsis;
    }

    private static int RunePrefixLength(ReadOnlySpan<char> text, int maxLength)
    {
        var end = 0;
        while (end < text.Length)
        {
            // A lone surrogate decodes as one invalid unit: it is kept or cut on its own.
            Rune.DecodeFromUtf16(text[end..], out _, out var consumed);
            if (end + consumed > maxLength)
            {
                break;
            }

            end += consumed;
        }

        return end;
    }
}
