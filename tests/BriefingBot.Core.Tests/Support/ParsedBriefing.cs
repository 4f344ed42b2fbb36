using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Support;

/// <summary>
/// How the parser's speaker specs write a case: a briefing's paragraphs alone («## …» among them is a heading, not a
/// passage), parsed whole as a moderator's post is, under front matter no attribution rule reads; and the speakers the
/// parser gives the passages a spec names.
/// </summary>
internal static class ParsedBriefing
{
    public static Briefing Parse(params string[] paragraphs) =>
        new BriefingParser().Parse($"---\nid: 2027-01-01-paragraphs\ntitle: فقرات\ndate: 2027-01-01\n---\n\n{string.Join("\n\n", paragraphs)}\n");

    /// <summary>The speaker of a one-paragraph briefing's passage; null when it is attributed to no one.</summary>
    public static string? SpeakerOf(string paragraph) => Parse(paragraph).Passages[0].Speaker;

    /// <summary>The speaker of each passage of a briefing of these paragraphs, in order; null for a passage attributed to no one.</summary>
    public static List<string?> SpeakersOf(params string[] paragraphs) => [.. Parse(paragraphs).Passages.Select(p => p.Speaker)];

    /// <summary>
    /// Each passage named by its position is attributed to its speaker (null: to no one); the passages not named are not
    /// judged.
    /// </summary>
    public static void AssertSpeakers(string[] paragraphs, params (int Passage, string? Speaker)[] expected)
    {
        var passages = Parse(paragraphs).Passages;
        Assert.Equal(expected, expected.Select(e => (e.Passage, passages[e.Passage].Speaker)));
    }
}
