using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;

namespace BriefingBot.Cli;

/// <summary>Prints an answer for a person at a terminal: source line, then the passage with matches marked.</summary>
public static class AnswerPrinter
{
    public static string Render(Answer answer, bool ansi)
    {
        var sb = new StringBuilder();
        if (!answer.Answered)
        {
            sb.AppendLine(ChatTexts.For(ChatLanguage.Arabic).Outcome(answer.Outcome));
            return sb.ToString();
        }

        foreach (var p in answer.Passages)
        {
            var passage = p.Passage;
            sb.Append('[').Append(p.Rank).Append("] ")
              .Append(passage.BriefingTitle).Append(" — ").Append(passage.BriefingDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (passage.Section is not null)
            {
                sb.Append(" — ").Append(passage.Section);
            }

            if (passage.Speaker is not null)
            {
                sb.Append(" — ").Append(passage.Speaker);
            }

            sb.AppendLine();
            sb.AppendLine(Mark(passage.Text, p.Highlights, ansi ? "\u001b[1m" : "«", ansi ? "\u001b[0m" : "»"));
            sb.AppendLine();
        }

        return sb.ToString();
    }

    private static string Mark(string text, IReadOnlyList<Core.Search.TextSpan> spans, string open, string close)
    {
        var sb = new StringBuilder(text.Length + (spans.Count * 8));
        var at = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < at)
            {
                continue;
            }

            sb.Append(text, at, span.Start - at).Append(open).Append(text, span.Start, span.Length).Append(close);
            at = span.End;
        }

        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }
}
