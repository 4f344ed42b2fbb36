using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Discord markdown for quoted text: every character Discord could read as markup is escaped, so a passage
/// shows exactly as written, and matched spans are wrapped in <c>**bold**</c>.
/// </summary>
internal static class DiscordMarkdown
{
    public const string Ellipsis = "…";

    // Emphasis, strike, code, spoilers, quotes, headings, lists, masked links, and '<' so that text such as
    // <@123> or <t:0> shows literally instead of turning into a mention chip or a timestamp.
    private const string Markup = "\\*_~`|>#-[]()<";

    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '…', '\n', '؛'];

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        AppendEscaped(builder, text);
        return builder.ToString();
    }

    /// <summary>The text escaped, with each span (UTF-16 offsets into <paramref name="text"/>) in bold.</summary>
    public static string Emphasize(string text, IReadOnlyList<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var builder = new StringBuilder(text.Length + 16);
        var position = 0;
        foreach (var span in HighlightSpans.Normalize(spans, text.Length))
        {
            // "** word**" is not bold in Discord: the markers must touch the emphasised text.
            var start = span.Start;
            var end = span.End;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                continue;
            }

            AppendEscaped(builder, text.AsSpan(position, start - position));
            builder.Append("**");
            AppendEscaped(builder, text.AsSpan(start, end - start));
            builder.Append("**");
            position = end;
        }

        AppendEscaped(builder, text.AsSpan(position));
        return builder.ToString();
    }

    /// <summary>
    /// Like <see cref="Emphasize"/>, but at most <paramref name="maxLength"/> characters: a text that does not fit
    /// is cut after the last whole sentence that does (or the last word, failing that) and ends with an ellipsis.
    /// </summary>
    public static string EmphasizeWithin(string text, IReadOnlyList<TextSpan> spans, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Ellipsis.Length + 1);
        var full = Emphasize(text, spans);
        if (full.Length <= maxLength)
        {
            return full;
        }

        var budget = maxLength - Ellipsis.Length;
        foreach (var cuts in new[] { CutPoints(text, budget, IsSentenceEnd), CutPoints(text, budget, char.IsWhiteSpace) })
        {
            foreach (var cut in cuts)
            {
                var rendered = Emphasize(text[..cut].TrimEnd(), spans);
                if (rendered.Length <= budget)
                {
                    return rendered + Ellipsis;
                }
            }
        }

        // One unbroken run longer than the limit: cut it anywhere that does not split a character or an escape.
        var hard = Emphasize(text, spans);
        var length = Math.Min(budget, hard.Length);
        while (length > 0 && (char.IsHighSurrogate(hard[length - 1]) || hard[length - 1] == '\\'))
        {
            length--;
        }

        return hard[..length] + Ellipsis;
    }

    /// <summary>Plain text (footers, field names: Discord renders no markdown there) cut at a word with an ellipsis.</summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var budget = maxLength - Ellipsis.Length;
        var cut = text.LastIndexOf(' ', budget);
        if (cut <= budget / 2)
        {
            cut = char.IsHighSurrogate(text[budget - 1]) ? budget - 1 : budget;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    private static bool IsSentenceEnd(char c) => Array.IndexOf(SentenceEnds, c) >= 0;

    /// <summary>Positions just after a boundary character, longest prefix first; escaping only grows text, so longer prefixes cannot fit.</summary>
    private static IEnumerable<int> CutPoints(string text, int budget, Func<char, bool> isBoundary)
    {
        for (var i = Math.Min(text.Length, budget) - 1; i > 0; i--)
        {
            if (isBoundary(text[i]))
            {
                yield return i + 1;
            }
        }
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Markup.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
