using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;

namespace BriefingBot.Telegram;

/// <summary>
/// Builds Telegram HTML while counting what Telegram counts: the length of the text after entity parsing,
/// in UTF-16 code units. Text is always escaped (only <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> are special
/// outside tags), so a passage or question can never break or inject markup.
/// </summary>
internal sealed class TelegramHtml
{
    private readonly StringBuilder _html = new();

    /// <summary>Characters the message will have once Telegram has parsed the markup.</summary>
    public int VisibleLength { get; private set; }

    public bool IsEmpty => _html.Length == 0;

    public TelegramHtml Text(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    _html.Append("&lt;");
                    break;
                case '>':
                    _html.Append("&gt;");
                    break;
                case '&':
                    _html.Append("&amp;");
                    break;
                default:
                    _html.Append(c);
                    break;
            }
        }

        VisibleLength += text.Length;
        return this;
    }

    /// <summary>Text with its highlighted spans in bold.</summary>
    public TelegramHtml Highlighted(string text, IReadOnlyList<TextSpan> highlights)
    {
        var at = 0;
        foreach (var span in HighlightSpans.Normalize(highlights, text.Length))
        {
            Text(text.AsSpan(at, span.Start - at));
            Open("b").Text(text.AsSpan(span.Start, span.Length)).Close("b");
            at = span.End;
        }

        return Text(text.AsSpan(at));
    }

    public TelegramHtml Open(string tag)
    {
        _html.Append('<').Append(tag).Append('>');
        return this;
    }

    public TelegramHtml Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public TelegramHtml Append(TelegramHtml other)
    {
        _html.Append(other._html);
        VisibleLength += other.VisibleLength;
        return this;
    }

    public override string ToString() => _html.ToString();

    public static string Escape(string text) => new TelegramHtml().Text(text).ToString();
}
