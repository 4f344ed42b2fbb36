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
        var texts = ChatTexts.For(answer.InEnglish ? ChatLanguage.English : ChatLanguage.Arabic);
        if (!answer.Answered)
        {
            // The same words chat replies with: a greeting gets the welcome, not "nothing found".
            sb.AppendLine(texts.Unanswered(answer));
            return sb.ToString();
        }

        if (answer.Outcome == AnswerOutcome.TentativePassages)
        {
            sb.AppendLine(texts.Tentative).AppendLine();
        }
        else if (answer.Outcome == AnswerOutcome.SpeakerPassages && answer.Speaker is not null)
        {
            sb.AppendLine(texts.SpeakersTitle(answer.Speakers)).AppendLine();
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
            var (open, close) = ConsoleEmphasis.Markers(ansi);
            sb.AppendLine(ConsoleReplyRenderer.Mark(passage.Text, p.Highlights, open, close));
            sb.AppendLine();
        }

        return sb.ToString();
    }
}
