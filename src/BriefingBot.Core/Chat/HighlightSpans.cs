using BriefingBot.Core.Search;

namespace BriefingBot.Core.Chat;

/// <summary>Makes highlight spans safe to render: inside the text, in order, never overlapping.</summary>
public static class HighlightSpans
{
    public static IReadOnlyList<TextSpan> Normalize(IReadOnlyList<TextSpan> spans, int textLength)
    {
        var result = new List<TextSpan>(spans.Count);
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            var start = Math.Clamp(span.Start, 0, textLength);
            var end = Math.Clamp(span.End, start, textLength);
            if (end == start)
            {
                continue;
            }

            if (result.Count > 0 && start <= result[^1].End)
            {
                var last = result[^1];
                result[^1] = new TextSpan(last.Start, Math.Max(last.End, end) - last.Start);
                continue;
            }

            result.Add(new TextSpan(start, end - start));
        }

        return result;
    }
}
