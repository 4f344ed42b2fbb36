using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Support;

/// <summary>
/// How the attribution specification tables write a case: one section whose paragraphs are separated by a newline, and
/// the expected speakers of each by «|», «-» standing for a paragraph attributed to no one.
/// </summary>
internal static class AttributionCases
{
    public static void AssertSpeakers(string paragraphs, string expected) =>
        Assert.Equal(expected.Split('|').Select(s => s == "-" ? null : s).ToList(), new SpeakerAttributor().Attribute(Section(paragraphs)));

    /// <summary>Everyone each paragraph quotes, several in one paragraph joined by «+».</summary>
    public static void AssertQuoted(string paragraphs, string expected) =>
        Assert.Equal(expected.Split('|'), Analyse(paragraphs).Quoted.Select(q => q.Count == 0 ? "-" : string.Join('+', q)));

    public static SpeakerAttribution Analyse(string paragraphs) => new SpeakerAttributor().Analyse(Section(paragraphs));

    private static List<(string? Section, string Text)> Section(string paragraphs) =>
        paragraphs.Split('\n').Select(t => ((string?)"قسم", t)).ToList();
}
