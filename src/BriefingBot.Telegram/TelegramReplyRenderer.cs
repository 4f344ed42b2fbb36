using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;
using Telegram.Bot.Types.ReplyMarkups;

namespace BriefingBot.Telegram;

/// <summary>One message to send: HTML text and, on the last message of a reply, the buttons.</summary>
internal sealed record TelegramOutgoingMessage(string Html, int VisibleLength, InlineKeyboardMarkup? Keyboard);

/// <summary>
/// Renders a <see cref="ChatReply"/> as Telegram HTML messages: passages in quote blocks with matches in bold
/// and the source in italics. A reply longer than a message allows is split between blocks; a single passage
/// too long for one message is split between words, its source line after the last part.
/// </summary>
internal static class TelegramReplyRenderer
{
    /// <summary>Cuts between words, and only once a part is half full, so a part is never a few words alone.</summary>
    private static readonly TextChunker Chunker = new(Breaks: " ", MinimumFill: 0.5);

    /// <summary>Telegram's limit is 4096; a margin keeps rounding differences (normalised new lines) harmless.</summary>
    public const int MaxVisibleLength = 4000;

    /// <summary>Telegram's limit on callback data.</summary>
    public const int MaxCallbackDataBytes = 64;

    private const string Separator = "\n\n";

    public static IReadOnlyList<TelegramOutgoingMessage> Render(ChatReply reply, int maxVisibleLength = MaxVisibleLength)
    {
        var texts = ChatTexts.For(reply.Language);
        var pieces = reply.Blocks.SelectMany(block => RenderBlock(block, texts, maxVisibleLength)).ToList();
        var messages = new List<TelegramHtml>();
        var current = new TelegramHtml();
        foreach (var piece in pieces)
        {
            if (!current.IsEmpty && current.VisibleLength + Separator.Length + piece.VisibleLength > maxVisibleLength)
            {
                messages.Add(current);
                current = new TelegramHtml();
            }

            if (!current.IsEmpty)
            {
                current.Text(Separator);
            }

            current.Append(piece);
        }

        if (!current.IsEmpty)
        {
            messages.Add(current);
        }

        var keyboard = Keyboard(reply.Buttons);
        return messages
            .Select((m, i) => new TelegramOutgoingMessage(m.ToString(), m.VisibleLength, i == messages.Count - 1 ? keyboard : null))
            .ToList();
    }

    private static IEnumerable<TelegramHtml> RenderBlock(ReplyBlock block, ChatTexts texts, int max)
    {
        switch (block)
        {
            case PassageBlock passage:
                var source = new TelegramHtml().Open("i").Text("— ").Text(passage.Source.Line).Close("i");
                var chunks = Chunks(passage.Text, passage.Highlights, max - source.VisibleLength - 1).ToList();
                for (var i = 0; i < chunks.Count; i++)
                {
                    var html = new TelegramHtml().Open("blockquote").Highlighted(chunks[i].Text, chunks[i].Highlights).Close("blockquote");
                    if (i == chunks.Count - 1)
                    {
                        html.Text("\n").Append(source);
                    }

                    yield return html;
                }

                break;
            case TextBlock text:
                foreach (var chunk in Chunks(text.Text, text.Highlights, max))
                {
                    var html = new TelegramHtml();
                    var tag = text.Role switch
                    {
                        TextRole.Title => "b",
                        TextRole.Notice => "i",
                        _ => null,
                    };
                    if (tag is not null)
                    {
                        html.Open(tag);
                    }

                    html.Highlighted(chunk.Text, chunk.Highlights);
                    if (tag is not null)
                    {
                        html.Close(tag);
                    }

                    yield return html;
                }

                break;
            case BriefingBlock briefing:
                yield return RenderBriefing(briefing, texts);
                break;
        }
    }

    private static TelegramHtml RenderBriefing(BriefingBlock briefing, ChatTexts texts)
    {
        var html = new TelegramHtml();
        if (!briefing.Detailed)
        {
            return html.Text("• ").Text(briefing.Line);
        }

        html.Open("b").Text(briefing.Title).Close("b").Text("\n").Text(briefing.Facts);
        if (briefing.Sections.Count > 0)
        {
            html.Text("\n\n").Open("b").Text(texts.SectionsLabel).Close("b");
            foreach (var section in briefing.Sections)
            {
                html.Text("\n• ").Text(section);
            }
        }

        if (briefing.Speakers.Count > 0)
        {
            html.Text("\n\n").Open("b").Text(texts.SpeakersLabel).Close("b").Text("\n").Text(string.Join(" · ", briefing.Speakers));
        }

        return html;
    }

    private static InlineKeyboardMarkup? Keyboard(IReadOnlyList<ReplyButton> buttons)
    {
        var fitting = buttons
            .Where(b => System.Text.Encoding.UTF8.GetByteCount(b.Action) <= MaxCallbackDataBytes)
            .Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Action))
            .ToArray();
        return fitting.Length == 0 ? null : new InlineKeyboardMarkup(fitting);
    }

    /// <summary>Splits text into parts of at most <paramref name="max"/> characters, between words where it can.</summary>
    internal static IEnumerable<(string Text, IReadOnlyList<TextSpan> Highlights)> Chunks(string text, IReadOnlyList<TextSpan> highlights, int max)
    {
        max = Math.Max(16, max);
        if (text.Length <= max)
        {
            yield return (text, highlights);
            yield break;
        }

        var spans = HighlightSpans.Normalize(highlights, text.Length);
        foreach (var piece in Chunker.Split(text, max))
        {
            var (start, end) = (piece.Start.Value, piece.End.Value);
            var local = spans
                .Where(s => s.End > start && s.Start < end)
                .Select(s => new TextSpan(Math.Max(s.Start, start) - start, Math.Min(s.End, end) - Math.Max(s.Start, start)))
                .ToList();
            yield return (text[piece], local);
        }
    }
}
