using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// How long the parts of a briefing may be. Every one of them is stored with each passage or indexed, and some are
/// compared with every question, so none may grow with what a poster sends: a 20,000-letter "name" once made the
/// index refuse the whole data directory (Lucene's 32,766-byte term limit), and the speaker lookup cost the cube of
/// a name's length. Real briefings are far inside these bounds.
/// </summary>
public static class BriefingLimits
{
    /// <summary>A speaker's name in UTF-16 units: four words of a long Arabic or transliterated name fit easily.</summary>
    public const int MaxSpeakerLength = 80;

    /// <summary>Words in a speaker's name: «محمد بن عبد الرحمن آل ثاني» has six.</summary>
    public const int MaxSpeakerWords = 6;

    /// <summary>Letters in one word of a speaker's name; the longest real name words are near 15.</summary>
    public const int MaxSpeakerWordLength = 30;

    /// <summary>A heading longer than this is no heading (it is kept as a paragraph); sections are stored with every passage.</summary>
    public const int MaxHeadingLength = 200;

    /// <summary>The title, stored with every passage and shown in every answer.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The source named in the front matter.</summary>
    public const int MaxSourceLength = 300;

    /// <summary>The hard upper bound of a passage's length, whatever a parser is configured with.</summary>
    public const int MaxPassageLength = 4000;

    /// <summary>Sections or speakers listed in one reply (/today, a confirmation, an announcement): a reply's size must not grow with the briefing.</summary>
    public const int MaxListed = 20;

    /// <summary>The first <see cref="MaxListed"/> of <paramref name="items"/>, then «… +N» for the rest.</summary>
    public static IReadOnlyList<string> Listed(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count <= MaxListed
            ? items
            : [.. items.Take(MaxListed), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"… +{items.Count - MaxListed}")];
    }

    /// <summary>Whether <paramref name="name"/> can be a person's name: bounded in length, words and word length.</summary>
    public static bool IsPlausibleSpeaker(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxSpeakerLength)
        {
            return false;
        }

        var words = ArabicText.FoldedWords(name);
        return words.Count is > 0 and <= MaxSpeakerWords && words.All(w => w.Length <= MaxSpeakerWordLength);
    }

    /// <summary>Why <paramref name="briefing"/> breaks one of these bounds, or null when it keeps them all.</summary>
    public static string? Violation(Briefing briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        if (briefing.Title.Length > MaxTitleLength)
        {
            return $"its title has {briefing.Title.Length} characters (at most {MaxTitleLength})";
        }

        if (briefing.Source?.Length > MaxSourceLength)
        {
            return $"its source has {briefing.Source.Length} characters (at most {MaxSourceLength})";
        }

        foreach (var p in briefing.Passages)
        {
            if (p.Text.Length > MaxPassageLength)
            {
                return $"passage {p.Ordinal} has {p.Text.Length} characters (at most {MaxPassageLength})";
            }

            if (p.Section?.Length > MaxHeadingLength)
            {
                return $"the section of passage {p.Ordinal} has {p.Section.Length} characters (at most {MaxHeadingLength})";
            }

            if (p.AllSpeakers.FirstOrDefault(s => !IsPlausibleSpeaker(s)) is { } implausible)
            {
                return $"the speaker of passage {p.Ordinal} is no name ({implausible.Length} characters)";
            }

            if (p.BriefingTitle.Length > MaxTitleLength)
            {
                return $"passage {p.Ordinal} carries a title of {p.BriefingTitle.Length} characters (at most {MaxTitleLength})";
            }
        }

        return null;
    }
}
