using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Search;
using BriefingBot.Discord.Rendering;

namespace BriefingBot.Discord.Tests.Rendering;

public sealed class DiscordReplyRendererTests
{
    private readonly DiscordReplyRenderer _renderer = new();

    [Fact]
    public void Each_passage_becomes_an_embed_with_matched_spans_in_bold_and_its_source_in_the_footer()
    {
        var reply = Reply([new TextBlock("ما قاله بولياكوف في الموجزات:", TextRole.Title), Passage("قال بولياكوف إن الأمر معقد.", new TextSpan(4, 8)), Passage("ويرى بولياكوف ذلك.", new TextSpan(5, 8))]);

        var message = Assert.Single(_renderer.Render(reply));

        Assert.Equal("ما قاله بولياكوف في الموجزات:", message.Content);
        Assert.Equal(["قال **بولياكوف** إن الأمر معقد.", "ويرى **بولياكوف** ذلك."], message.Embeds.Select(e => e.Description));
        Assert.All(message.Embeds, e => Assert.Equal("العنوان · 2026-11-23 · القسم · المتحدث", e.Footer!.Text));
        Assert.Empty(message.Components);
    }

    [Fact]
    public void Every_character_discord_reads_as_markup_is_escaped_so_the_quote_shows_as_written()
    {
        const string text = @"a*b_c~d`e|f>g#h-i[j](k)l\m<@123>";

        var description = Assert.Single(Assert.Single(_renderer.Render(Reply([Passage(text)]))).Embeds).Description;

        Assert.Equal(@"a\*b\_c\~d\`e\|f\>g\#h\-i\[j\]\(k\)l\\m\<@123\>", description);
    }

    [Fact]
    public void Bold_markers_hug_the_matched_word_and_overlapping_spans_merge()
    {
        const string text = "one two three";

        var description = DiscordMarkdown.Emphasize(text, [new TextSpan(3, 5), new TextSpan(4, 2)]);

        Assert.Equal("one **two** three", description);
    }

    [Fact]
    public void A_passage_longer_than_an_embed_description_is_cut_after_its_last_whole_sentence_with_an_ellipsis()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 6000; i++)
        {
            text.Append("هذه جملة طويلة بعض الشيء رقم ").Append(i).Append(". ");
        }

        var description = Assert.Single(Assert.Single(_renderer.Render(Reply([Passage(text.ToString())]))).Embeds).Description!;

        Assert.True(description.Length <= DiscordReplyRenderer.MaxDescription, $"{description.Length} characters");
        Assert.True(description.Length > DiscordReplyRenderer.MaxDescription - 60, "only the last partial sentence is dropped");
        Assert.EndsWith(".…", description, StringComparison.Ordinal);
        Assert.StartsWith(description[..^1], text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_ten_passages_go_out_as_several_messages_of_whole_passages_with_the_button_on_the_last()
    {
        var blocks = new List<ReplyBlock> { new TextBlock("العنوان", TextRole.Title) };
        blocks.AddRange(Enumerable.Range(1, 12).Select(i => Passage($"فقرة رقم {i}.")));
        var reply = new ChatReply(blocks, [new ReplyButton("المزيد", "more:abc:12")]);

        var messages = _renderer.Render(reply);

        Assert.Equal(2, messages.Count);
        Assert.Equal([10, 2], messages.Select(m => m.Embeds.Count));
        Assert.Equal("العنوان", messages[0].Content);
        Assert.Null(messages[1].Content);
        Assert.Empty(messages[0].Components);
        Assert.Equal("more:abc:12", Assert.Single(Assert.Single(messages[1].Components).Components!).CustomId);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"فقرة رقم {i}."), messages.SelectMany(m => m.Embeds).Select(e => e.Description));
    }

    [Fact]
    public void The_embeds_of_one_message_stay_within_six_thousand_characters()
    {
        var reply = Reply([.. Enumerable.Range(1, 5).Select(i => Passage(new string('ب', 2400) + i))]);

        var messages = _renderer.Render(reply);

        Assert.Equal([2, 2, 1], messages.Select(m => m.Embeds.Count));
        Assert.All(messages, m => Assert.True(m.Embeds.Sum(DiscordReplyRenderer.Characters) <= DiscordReplyRenderer.MaxEmbedCharacters));
    }

    [Fact]
    public void Text_longer_than_the_content_limit_is_split_at_line_breaks()
    {
        var lines = Enumerable.Range(1, 60).Select(i => $"سطر رقم {i} " + new string('ن', 50)).ToList();

        var messages = _renderer.Render(ChatReply.Text(string.Join('\n', lines), ChatLanguage.Arabic));

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(m.Content!.Length <= DiscordReplyRenderer.MaxContent));
        Assert.Equal(lines, messages.SelectMany(m => m.Content!.Split('\n')));
    }

    [Fact]
    public void A_button_is_labelled_from_the_core_and_carries_its_action_as_custom_id()
    {
        var reply = new ChatReply([Passage("نص.")], [new ReplyButton("More", "more:abc:3"), new ReplyButton("Too long", new string('x', 101))]);

        var row = Assert.Single(Assert.Single(_renderer.Render(reply)).Components);

        var button = Assert.Single(row.Components!);
        Assert.Equal("More", button.Label);
        Assert.Equal("more:abc:3", button.CustomId);
    }

    [Fact]
    public void Every_outgoing_body_disables_mentions()
    {
        var message = Assert.Single(_renderer.Render(Reply([Passage("@everyone")])));

        Assert.Empty(message.ToMessageCreate().AllowedMentions!.Parse);
        Assert.Empty(message.ToCallbackData().AllowedMentions!.Parse);
    }

    private static ChatReply Reply(IReadOnlyList<ReplyBlock> blocks) => new(blocks, []) { Language = ChatLanguage.Arabic };

    private static PassageBlock Passage(string text, params TextSpan[] highlights) =>
        new(1, text, highlights, new PassageSource("b1", "العنوان", new DateOnly(2026, 11, 23), "القسم", "المتحدث", "العنوان · 2026-11-23 · القسم · المتحدث"));
}
