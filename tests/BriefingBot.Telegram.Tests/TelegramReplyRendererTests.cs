using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;

namespace BriefingBot.Telegram.Tests;

public sealed class TelegramReplyRendererTests
{
    private static readonly PassageSource Source = new("b1", "عنوان <مهم> & عاجل", new DateOnly(2026, 11, 23), "قسم", "أندريه بولياكوف", "عنوان <مهم> & عاجل · 2026-11-23 · قسم · أندريه بولياكوف");

    [Fact]
    public void Markup_characters_are_escaped_so_Telegram_shows_the_text_exactly()
    {
        const string text = "a < b && c > d </blockquote><a href=\"x\">&amp;";
        var reply = Reply(new PassageBlock(1, text, [], Source));

        var message = Assert.Single(TelegramReplyRenderer.Render(reply));
        var (plain, entities) = FakeTelegramHtml.Parse(message.Html);

        Assert.Contains(text, plain, StringComparison.Ordinal);
        Assert.Contains(Source.Line, plain, StringComparison.Ordinal);
        Assert.DoesNotContain(entities, e => e.Type == "text_link");
        Assert.Equal(plain.Length, message.VisibleLength);
    }

    [Fact]
    public void Highlights_are_bold_even_when_they_overlap_or_run_past_the_text()
    {
        const string text = "قال بولياكوف إن روسيا تدرك";
        var reply = Reply(new PassageBlock(1, text, [new TextSpan(4, 8), new TextSpan(6, 3), new TextSpan(22, 50)], Source));

        var (plain, entities) = FakeTelegramHtml.Parse(Assert.Single(TelegramReplyRenderer.Render(reply)).Html);

        var bold = entities.Where(e => e.Type == "bold").Select(e => plain.Substring(e.Offset, e.Length)).ToList();
        Assert.Equal(["بولياكوف", "تدرك"], bold);
    }

    [Fact]
    public void A_long_reply_is_split_between_passages_and_the_button_goes_on_the_last_message()
    {
        var passages = Enumerable.Range(1, 8).Select(i => new PassageBlock(i, new string('ب', 900) + i, [], Source)).ToArray();
        var reply = new ChatReply(passages, [new ReplyButton("المزيد", "more:abc:8")]);

        var messages = TelegramReplyRenderer.Render(reply);

        Assert.True(messages.Count >= 2);
        var texts = messages.Select(m => FakeTelegramHtml.Parse(m.Html).Text).ToList();
        Assert.All(texts, t => Assert.InRange(t.Length, 1, TelegramReplyRenderer.MaxVisibleLength));
        Assert.All(passages, p => Assert.Single(texts, t => t.Contains(p.Text, StringComparison.Ordinal)));
        Assert.NotNull(messages[^1].Keyboard);
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.Keyboard));
    }

    [Fact]
    public void A_passage_longer_than_a_message_is_split_between_words_with_its_source_after_the_last_part()
    {
        var words = Enumerable.Range(0, 1500).Select(i => "كلمة" + i).ToList();
        var text = string.Join(' ', words);
        var reply = Reply(new PassageBlock(1, text, [new TextSpan(text.IndexOf("كلمة1200", StringComparison.Ordinal), 8)], Source));

        var texts = TelegramReplyRenderer.Render(reply).Select(m => FakeTelegramHtml.Parse(m.Html)).ToList();

        Assert.True(texts.Count >= 2);
        Assert.All(texts, t => Assert.InRange(t.Text.Length, 1, TelegramReplyRenderer.MaxVisibleLength));
        var shownWords = texts.SelectMany(t => t.Text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).Where(w => w.StartsWith("كلمة", StringComparison.Ordinal));
        Assert.Equal(words, shownWords);
        Assert.Contains(Source.Line, texts[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Source.Line, texts[0].Text, StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Entities.Any(e => e.Type == "bold" && t.Text.Substring(e.Offset, e.Length) == "كلمة1200"));
    }

    [Fact]
    public void A_button_whose_payload_exceeds_64_bytes_is_left_out_rather_than_failing_the_message()
    {
        var reply = new ChatReply([new TextBlock("نص")], [new ReplyButton("طويل", "more:" + new string('x', 64))]);

        Assert.Null(Assert.Single(TelegramReplyRenderer.Render(reply)).Keyboard);
    }

    [Fact]
    public void Titles_and_notices_are_bold_and_italic()
    {
        var reply = new ChatReply([new TextBlock("عنوان", TextRole.Title), new TextBlock("ملاحظة", TextRole.Notice)], []);

        var (plain, entities) = FakeTelegramHtml.Parse(Assert.Single(TelegramReplyRenderer.Render(reply)).Html);

        Assert.Equal("عنوان\n\nملاحظة", plain);
        Assert.Equal(["bold", "italic"], entities.Select(e => e.Type));
    }

    private static ChatReply Reply(params ReplyBlock[] blocks) => new(blocks, []);
}
