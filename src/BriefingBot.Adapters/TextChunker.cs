namespace BriefingBot.Adapters;

/// <summary>
/// Cuts a text that is longer than a platform allows into pieces of at most <c>max</c> characters: at the last
/// break character the piece may end on (the first of <see cref="Breaks"/> found wins, so a line break is preferred
/// to a space when both are listed), else at the limit, but never inside a surrogate pair nor right after one of
/// <see cref="NoCutAfter"/> (an escape character that must stay with what it escapes). Pieces lose the white space
/// at their ends; the break a piece was cut at belongs to neither piece.
/// </summary>
/// <param name="Breaks">Where a cut may fall, in order of preference.</param>
/// <param name="MinimumFill">
/// How full, as a share of <c>max</c>, a piece must be for a break to be used; a break earlier than that is passed
/// over for a cut at the limit, so one early space does not leave a tiny piece.
/// </param>
/// <param name="NoCutAfter">Characters a hard cut must not fall right after.</param>
public sealed record TextChunker(string Breaks, double MinimumFill = 0, string NoCutAfter = "")
{
    /// <summary>The pieces as ranges of <paramref name="text"/> (so formatting spans can follow them); none for an empty text.</summary>
    public IReadOnlyList<Range> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var pieces = new List<Range>();
        var start = 0;
        while (text.Length - start > max)
        {
            var (end, next) = Cut(text, start, max);
            Add(pieces, text, start, end);
            start = next;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }

        Add(pieces, text, start, text.Length);
        return pieces;
    }

    /// <summary>The pieces' texts.</summary>
    public IReadOnlyList<string> SplitText(string text, int max) => [.. Split(text, max).Select(r => text[r])];

    /// <summary>Where the piece from <paramref name="start"/> ends, and where the next one begins.</summary>
    private (int End, int Next) Cut(string text, int start, int max)
    {
        foreach (var breakChar in Breaks)
        {
            var at = text.LastIndexOf(breakChar, start + max - 1, max);
            if (at > start + (int)(max * MinimumFill))
            {
                return (at, at + 1);
            }
        }

        var limit = start + max;
        var before = text[limit - 1];
        return char.IsHighSurrogate(before) || NoCutAfter.Contains(before, StringComparison.Ordinal) ? (limit - 1, limit - 1) : (limit, limit);
    }

    private static void Add(List<Range> pieces, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            pieces.Add(start..end);
        }
    }
}
