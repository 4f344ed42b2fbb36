using System.Text;
using BriefingBot.Adapters;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Rendering;

/// <summary>
/// Renders a <see cref="ChatReply"/> as Discord messages: text blocks as the message content, each passage and
/// briefing as an embed (matched spans in bold, markup escaped), buttons as one action row. Discord's limits are
/// kept by splitting at block boundaries, so a quote is never cut between messages; only a passage longer than
/// an embed description is shortened, at a sentence boundary.
/// </summary>
internal sealed class DiscordReplyRenderer
{
    /// <summary>Line breaks first, spaces for an overlong line; a hard cut never right after a markdown escape.</summary>
    private static readonly TextChunker Chunker = new(Breaks: "\n ", NoCutAfter: "\\");

    public const int MaxContent = 2000;
    public const int MaxDescription = 4096;
    public const int MaxTitle = 256;
    public const int MaxFieldName = 256;
    public const int MaxFieldValue = 1024;
    public const int MaxFooter = 2048;
    public const int MaxEmbedCharacters = 6000;
    public const int MaxEmbeds = 10;
    public const int MaxCustomId = 100;
    public const int MaxButtonLabel = 80;
    public const int MaxButtonsPerRow = 5;

    private const int PassageColor = 0x2F6F9F;
    private const int BriefingColor = 0x4F8A5B;

    public IReadOnlyList<DiscordOutgoingMessage> Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var texts = ChatTexts.For(reply.Language);
        var lines = new List<string>();
        var embeds = new List<Embed>();
        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    lines.Add(DiscordMarkdown.Emphasize(text.Text, text.Highlights));
                    break;
                case PassageBlock passage:
                    embeds.Add(PassageEmbed(passage));
                    break;
                case BriefingBlock briefing:
                    embeds.Add(BriefingEmbed(briefing, texts));
                    break;
            }
        }

        var messages = new List<DiscordOutgoingMessage>();
        var contentChunks = Chunk(string.Join('\n', lines), MaxContent);
        for (var i = 0; i < contentChunks.Count - 1; i++)
        {
            messages.Add(new DiscordOutgoingMessage(contentChunks[i], [], []));
        }

        var content = contentChunks.Count > 0 ? contentChunks[^1] : null;
        var batch = new List<Embed>();
        var batchCharacters = 0;
        foreach (var embed in embeds)
        {
            var size = Characters(embed);
            if (batch.Count == MaxEmbeds || (batch.Count > 0 && batchCharacters + size > MaxEmbedCharacters))
            {
                messages.Add(new DiscordOutgoingMessage(content, batch, []));
                content = null;
                batch = [];
                batchCharacters = 0;
            }

            batch.Add(embed);
            batchCharacters += size;
        }

        var components = Buttons(reply.Buttons);
        if (content is not null || batch.Count > 0 || components.Count > 0)
        {
            messages.Add(new DiscordOutgoingMessage(content, batch, components));
        }

        return messages;
    }

    /// <summary>What counts towards Discord's 6000-character total of a message's embeds.</summary>
    public static int Characters(Embed embed)
    {
        ArgumentNullException.ThrowIfNull(embed);
        return (embed.Title?.Length ?? 0)
            + (embed.Description?.Length ?? 0)
            + (embed.Footer?.Text.Length ?? 0)
            + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
    }

    private static Embed PassageEmbed(PassageBlock passage) => new()
    {
        Description = DiscordMarkdown.EmphasizeWithin(passage.Text, passage.Highlights, MaxDescription),
        Footer = new EmbedFooter { Text = DiscordMarkdown.Truncate(passage.Source.Line, MaxFooter) },
        Color = PassageColor,
    };

    private static Embed BriefingEmbed(BriefingBlock briefing, ChatTexts texts)
    {
        var fields = new List<EmbedField>();
        if (briefing.Detailed)
        {
            AddListField(fields, texts.SectionsLabel, briefing.Sections);
            AddListField(fields, texts.SpeakersLabel, briefing.Speakers);
        }

        return new Embed
        {
            Title = DiscordMarkdown.EmphasizeWithin(briefing.Title, [], MaxTitle),
            Description = DiscordMarkdown.EmphasizeWithin(briefing.Facts, [], MaxDescription),
            Fields = fields.Count > 0 ? fields : null,
            Color = BriefingColor,
        };
    }

    private static void AddListField(List<EmbedField> fields, string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var value = new StringBuilder();
        foreach (var item in items)
        {
            var line = "• " + DiscordMarkdown.Escape(item);
            if (value.Length + line.Length + 1 > MaxFieldValue)
            {
                break;
            }

            value.Append(value.Length == 0 ? "" : "\n").Append(line);
        }

        if (value.Length > 0)
        {
            fields.Add(new EmbedField { Name = DiscordMarkdown.Truncate(label, MaxFieldName), Value = value.ToString() });
        }
    }

    private static List<MessageComponent> Buttons(IReadOnlyList<ReplyButton> buttons)
    {
        // A custom id longer than Discord accepts would make the whole message fail; such a button is dropped.
        var usable = buttons
            .Where(b => b.Action.Length is > 0 and <= MaxCustomId)
            .Select((b, i) => MessageComponent.Button(b.Action, DiscordMarkdown.Truncate(b.Label, MaxButtonLabel), i == 0 ? ButtonStyle.Primary : ButtonStyle.Secondary))
            .ToList();
        return [.. usable.Chunk(MaxButtonsPerRow).Take(5).Select(row => MessageComponent.ActionRow(row))];
    }

    /// <summary>
    /// Splits content at line breaks (or spaces, for an overlong line) into pieces of at most <paramref name="max"/>;
    /// a cut never separates a markdown escape from what it escapes.
    /// </summary>
    private static IReadOnlyList<string> Chunk(string text, int max) => Chunker.SplitText(text.Trim(), max);
}
