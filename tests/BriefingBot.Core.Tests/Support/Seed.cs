using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Support;

/// <summary>The seed briefing shipped in <c>corpus/</c>, read from the test output folder.</summary>
internal static class Seed
{
    public const string Id = "2026-11-23-moscow-pyongyang";

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "corpus", "2026-11-23-moscow-pyongyang.ar.md");

    public static string Text => File.ReadAllText(Path);

    public static Briefing Parse() => new BriefingParser().Parse(Text);

    /// <summary>The passage ordinals the seed attributes to each quoted person (read from the text by hand).</summary>
    public static readonly int[] Polyakov = [11, 12, 13, 14];
    public static readonly int[] LeeYongSuk = [16, 17];
    public static readonly int[] JonathanWood = [22, 23];
}
