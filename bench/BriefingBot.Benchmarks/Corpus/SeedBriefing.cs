using BriefingBot.Core.Briefings;

namespace BriefingBot.Benchmarks.Corpus;

/// <summary>The real seed briefing shipped beside the binary: the catalog's anchor and the "stored 10 KB briefing".</summary>
public static class SeedBriefing
{
    public const string FileName = "2026-11-23-moscow-pyongyang.ar.md";

    public static string Text() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "corpus", FileName));

    public static Briefing Parse(BriefingParser parser, string? id = null) =>
        parser.Parse(Text(), id is null ? null : new BriefingHeader(Id: id));
}
