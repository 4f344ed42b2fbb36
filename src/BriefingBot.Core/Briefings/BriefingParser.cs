using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Turns a briefing's text (plain text or Markdown, optional front matter) into passages.
/// One paragraph per line or per blank-line-separated block; headings label the passages below them
/// and are never passages themselves. Every part it returns keeps <see cref="BriefingLimits"/>, whatever the text holds.
/// </summary>
public sealed class BriefingParser(SpeakerAttributor attributor, int maxPassageLength = BriefingParser.DefaultMaxPassageLength)
{
    public const int DefaultMaxPassageLength = 900;

    /// <summary>Changes whenever the same text may parse into other passages, so an index built by an older parser is rebuilt.</summary>
    public const string Version = "briefing-parser-125";

    private const string Ellipsis = "…";

    private readonly int _maxPassageLength = Math.Clamp(maxPassageLength, 1, BriefingLimits.MaxPassageLength);

    private static readonly string[] BoldMarkers = ["**", "__"];

    private static readonly char[] ParagraphEnds = ['.', '!', '?', '؟', '…', ':', '؛', '»', '"', '”', ')', '»', '،', ','];

    public BriefingParser()
        : this(new SpeakerAttributor())
    {
    }

    public Briefing Parse(string text, BriefingHeader? supplied = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(normalised))
        {
            throw new BriefingFormatException(BriefingRejection.Empty, "The briefing is empty.");
        }

        var lines = normalised.Split('\n');
        var start = ReadFrontMatter(lines, out var declared);
        var header = Bounded(Merge(declared, supplied));

        var blocks = ReadBlocks(lines, start);
        string? title = header.Title;
        if (title is null && blocks.Count > 0 && blocks[0].IsHeading)
        {
            title = blocks[0].Text;
            blocks.RemoveAt(0);
        }

        var sections = new List<string>();
        var raw = new List<(string? Section, string Text)>();
        var continues = new List<bool>();
        string? section = null;
        foreach (var block in blocks)
        {
            if (block.IsHeading)
            {
                section = block.Text;
                sections.Add(section);
                continue;
            }

            var first = true;
            foreach (var piece in SplitLongParagraph(block.Text, _maxPassageLength))
            {
                raw.Add((section, piece));
                continues.Add(!first);
                first = false;
            }
        }

        if (raw.Count == 0)
        {
            throw new BriefingFormatException(BriefingRejection.NoParagraphs, "The briefing has no paragraphs.");
        }

        title ??= DeriveTitle(raw[0].Text);
        var hash = ContentHash(blocks.Select(b => b.Text));
        var date = header.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var id = header.Id ?? $"{date:yyyy-MM-dd}-{hash[..10]}";
        var attribution = attributor.Analyse(raw, continues);
        // Whatever the attributor finds, a "name" beyond the bounds is no name: it would be indexed as one term.
        var passages = raw
            .Select((p, i) => (Paragraph: p, Quoted: attribution.Quoted[i].Where(BriefingLimits.IsPlausibleSpeaker).ToList()))
            .Select((p, i) => new Passage($"{id}#{i + 1:D3}", id, title, date, p.Paragraph.Section, i + 1, p.Paragraph.Text, p.Quoted.Count > 0 ? p.Quoted[0] : null)
            {
                OtherSpeakers = p.Quoted.Count > 1 ? p.Quoted.Skip(1).ToList() : [],
            })
            .ToList();
        return new Briefing(id, title, date, header.Source, sections, passages, hash) { SpeakerProfiles = attribution.Profiles.Where(s => BriefingLimits.IsPlausibleSpeaker(s.Name)).Select(Bounded).ToList() };
    }

    /// <summary>A hash of the briefing's words only, so a re-post with other spacing or diacritics is the same briefing.</summary>
    public static string ContentHash(IEnumerable<string> blocks)
    {
        var folded = string.Join('\n', blocks.Select(b => string.Join(' ', ArabicText.FoldedWords(b))));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    /// <summary>
    /// A speaker's role, cut to a heading's bound, and aliases within a name's: both are kept in memory and compared with
    /// questions.
    /// </summary>
    private static SpeakerProfile Bounded(SpeakerProfile profile) =>
        (profile.Role is { Length: > BriefingLimits.MaxHeadingLength } role ? profile with { Role = TextElements.Truncate(role, BriefingLimits.MaxHeadingLength, string.Empty) } : profile)
        with
        {
            Aliases = profile.Aliases.Where(BriefingLimits.IsPlausibleSpeaker).Take(MaxAliases).ToList(),
            References = profile.References.Take(MaxAliases).ToList(),
        };

    /// <summary>The most aliases kept for one speaker: a briefing gives one, rarely two.</summary>
    private const int MaxAliases = 3;

    /// <summary>The title and source as declared, cut to their bounds: both are stored with the briefing and shown.</summary>
    private static BriefingHeader Bounded(BriefingHeader header) => header with
    {
        Title = header.Title is null ? null : TextElements.Truncate(header.Title, BriefingLimits.MaxTitleLength, Ellipsis),
        Source = header.Source is null ? null : TextElements.Truncate(header.Source, BriefingLimits.MaxSourceLength, Ellipsis),
    };

    private static BriefingHeader Merge(BriefingHeader declared, BriefingHeader? supplied) =>
        supplied is null
            ? declared
            : new BriefingHeader(
                supplied.Id ?? declared.Id,
                supplied.Title ?? declared.Title,
                declared.Date ?? supplied.Date,
                supplied.Source ?? declared.Source);

    private static int ReadFrontMatter(string[] lines, out BriefingHeader header)
    {
        header = new BriefingHeader();
        var first = 0;
        while (first < lines.Length && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        if (first >= lines.Length || lines[first].Trim() != "---")
        {
            return 0;
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = first + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
            {
                header = ToHeader(values);
                return i + 1;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        throw new BriefingFormatException(BriefingRejection.BadHeader, "The front matter is not closed with '---'.");
    }

    private static BriefingHeader ToHeader(Dictionary<string, string> values)
    {
        DateOnly? date = null;
        if (values.TryGetValue("date", out var d))
        {
            if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                throw new BriefingFormatException(BriefingRejection.BadHeader, "The date must be written as YYYY-MM-DD.");
            }

            date = parsed;
        }

        string? id = null;
        if (values.TryGetValue("id", out var rawId) && rawId.Length > 0)
        {
            if (rawId.Length > 80 || !rawId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                throw new BriefingFormatException(BriefingRejection.BadHeader, "The id may only hold ASCII letters, digits, '-', '_' and '.'.");
            }

            id = rawId;
        }

        return new BriefingHeader(
            id,
            values.GetValueOrDefault("title") is { Length: > 0 } t ? t : null,
            date,
            values.GetValueOrDefault("source") is { Length: > 0 } s ? s : null);
    }

    private static List<Block> ReadBlocks(string[] lines, int start)
    {
        var blocks = new List<Block>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                // A "heading" of a thousand words is text: kept as a paragraph, not stored with every passage below it.
                var heading = line.TrimStart('#').Trim();
                heading = Unbolded(heading) ?? heading;
                if (heading.Length > 0)
                {
                    blocks.Add(new Block(heading, IsHeading: heading.Length <= BriefingLimits.MaxHeadingLength));
                }

                continue;
            }

            var isLast = !lines.Skip(i + 1).Any(l => !string.IsNullOrWhiteSpace(l));
            if (!isLast && Unbolded(line) is { } bold && IsHeadingSized(bold))
            {
                // Editors without Markdown headings bold the heading's line instead; the markers are not its name.
                blocks.Add(new Block(bold, IsHeading: true));
                continue;
            }

            blocks.Add(new Block(line, IsHeading: !isLast && LooksLikeHeading(line)));
        }

        return blocks;
    }

    /// <summary>
    /// Plain-text briefings mark headings only by being short lines that do not end a sentence, or short questions that
    /// open a section («ملاعب أم مستشفيات؟»، «من يدفع ثمن الأتمتة؟»): news writing puts a question above the passages that
    /// answer it. One that goes on from the text before it («وسؤال قصير؟»، «فما الحل؟») is a paragraph, and so is an
    /// interviewer's turn («س: هل ستدفعين الضريبة؟»).
    /// </summary>
    internal static bool LooksLikeHeading(string line) =>
        line[^1] is '؟' or '?'
            ? line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxQuestionHeadingWords && line[0] is not ('و' or 'ف' or '"' or '«' or '“')
                && !line.StartsWith("س:", StringComparison.Ordinal) && !line.StartsWith("سؤال:", StringComparison.Ordinal)
            : IsHeadingSized(line) && !line.EndsWith("..", StringComparison.Ordinal) && Array.IndexOf(ParagraphEnds, line[^1]) < 0;

    /// <summary>A question heading is a few words; a longer question is the text asking it.</summary>
    private const int MaxQuestionHeadingWords = 8;

    private static bool IsHeadingSized(string line) => line.Length <= 90 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;

    /// <summary>The words of a line written wholly in bold («**…**» or «__…__»), or null when it is not.</summary>
    private static string? Unbolded(string line)
    {
        foreach (var marker in BoldMarkers)
        {
            if (line.Length > 2 * marker.Length && line.StartsWith(marker, StringComparison.Ordinal) && line.EndsWith(marker, StringComparison.Ordinal))
            {
                var inner = line[marker.Length..^marker.Length].Trim();
                return inner.Length == 0 || inner.Contains(marker, StringComparison.Ordinal) ? null : inner;
            }
        }

        return null;
    }

    /// <summary>
    /// Splits a paragraph longer than the limit at sentence ends into pieces of similar size. A sentence longer than
    /// the limit is cut between words, and a word longer than the limit between characters, so no piece is longer.
    /// </summary>
    internal static IEnumerable<string> SplitLongParagraph(string paragraph, int max)
    {
        if (paragraph.Length <= max)
        {
            yield return paragraph;
            yield break;
        }

        var sentences = SplitSentences(paragraph).SelectMany(s => s.Length <= max ? [s] : SplitOversized(s, max));
        var pieces = (int)Math.Ceiling(paragraph.Length / (double)max);
        var target = paragraph.Length / pieces;
        var current = new StringBuilder();
        foreach (var sentence in sentences)
        {
            if (current.Length > 0 && (current.Length + sentence.Length > max || current.Length >= target))
            {
                yield return current.ToString().Trim();
                current.Clear();
            }

            current.Append(sentence);
        }

        if (current.Length > 0)
        {
            yield return current.ToString().Trim();
        }
    }

    /// <summary>Cuts <paramref name="text"/> into pieces of at most <paramref name="max"/>: after the last space that fits, else on the last whole character.</summary>
    private static List<string> SplitOversized(string text, int max)
    {
        var pieces = new List<string>();
        var start = 0;
        while (text.Length - start > max)
        {
            var rest = text.AsSpan(start);
            var fits = TextElements.PrefixLength(rest, max);
            var space = rest[..fits].LastIndexOf(' ');
            var cut = space > 0 ? space + 1 : fits;
            pieces.Add(text.Substring(start, cut));
            start += cut;
        }

        pieces.Add(text[start..]);
        return pieces;
    }

    private static List<string> SplitSentences(string text)
    {
        var sentences = new List<string>();
        var begin = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '؟' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                sentences.Add(text[begin..(i + 1)]);
                begin = i + 1;
            }
        }

        if (begin < text.Length)
        {
            sentences.Add(text[begin..]);
        }

        return sentences;
    }

    private static string DeriveTitle(string firstParagraph)
    {
        var words = firstParagraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = words.Length <= 10 ? firstParagraph : string.Join(' ', words.Take(10)) + " …";
        return TextElements.Truncate(title, BriefingLimits.MaxTitleLength, Ellipsis);
    }

    private sealed record Block(string Text, bool IsHeading);
}
