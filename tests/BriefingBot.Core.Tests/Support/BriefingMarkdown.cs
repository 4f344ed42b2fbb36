namespace BriefingBot.Core.Tests.Support;

/// <summary>
/// The smallest briefing a spec needs: front matter whose date is the id's leading date, one section and the paragraphs
/// given, so specs over several briefings differ only in what the briefings say.
/// </summary>
public static class BriefingMarkdown
{
    public static string OneSection(string id, string paragraphs, string section = "الحكومة") => $"""
        ---
        id: {id}
        title: موجز
        date: {id[..10]}
        ---

        ## {section}

        {paragraphs}
        """;
}
