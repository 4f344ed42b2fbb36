using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;

namespace BriefingBot.Cli;

/// <summary>
/// Renders a chat reply as plain text for a terminal: matched words in bold and underlined (ANSI) on a terminal, and
/// unmarked when the output is redirected. Never «…»: Arabic uses those as quotation marks, which a passage has of its own.
/// </summary>
public static class ConsoleReplyRenderer
{
    public static string Render(ChatReply reply, bool ansi)
    {
        if (reply.IsEmpty)
        {
            return string.Empty;
        }

        var texts = ChatTexts.For(reply.Language);
        var (open, close) = ConsoleEmphasis.Markers(ansi);
        var sb = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case PassageBlock passage:
                    sb.Append('[').Append(passage.Rank).Append("] ").AppendLine(Mark(passage.Text, passage.Highlights, open, close));
                    sb.Append("    — ").AppendLine(passage.Source.Line);
                    break;
                case TextBlock text:
                    sb.AppendLine(Mark(text.Text, text.Highlights, open, close));
                    break;
                case BriefingBlock briefing:
                    sb.Append("• ").AppendLine(briefing.Line);
                    if (briefing.Detailed)
                    {
                        AppendList(sb, texts.SectionsLabel, briefing.Sections);
                        AppendList(sb, texts.SpeakersLabel, briefing.Speakers);
                    }

                    break;
            }

            sb.AppendLine();
        }

        foreach (var button in reply.Buttons)
        {
            sb.Append('[').Append(button.Label).AppendLine("]");
        }

        return sb.ToString();
    }

    private static void AppendList(StringBuilder sb, string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        sb.Append("  ").Append(label).AppendLine(":");
        foreach (var item in items)
        {
            sb.Append("   - ").AppendLine(item);
        }
    }

    /// <summary>Wraps each matched span of <paramref name="text"/> in <paramref name="open"/>/<paramref name="close"/> markers.</summary>
    internal static string Mark(string text, IReadOnlyList<TextSpan> highlights, string open, string close)
    {
        var sb = new StringBuilder(text.Length + (highlights.Count * 8));
        var at = 0;
        foreach (var span in HighlightSpans.Normalize(highlights, text.Length))
        {
            sb.Append(text, at, span.Start - at).Append(open).Append(text, span.Start, span.Length).Append(close);
            at = span.End;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }
}
