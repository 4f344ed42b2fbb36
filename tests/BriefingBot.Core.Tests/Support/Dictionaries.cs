using BriefingBot.Core.Translation;

namespace BriefingBot.Core.Tests.Support;

/// <summary>The English–Arabic dictionaries tests use: the real one when installed, and a tiny one in dictd format.</summary>
internal static class Dictionaries
{
    public const string MissingReason = "the Debian package dict-freedict-eng-ara is not installed (CI and the Dockerfile install it)";

    private static readonly Lazy<EnglishArabicDictionary?> Real = new(() => EnglishArabicDictionary.TryOpen(new EnglishOptions().DictionaryDirectory, new EnglishOptions().DictionaryName));

    /// <summary>FreeDict English–Arabic as installed in /usr/share/dictd, or null.</summary>
    public static EnglishArabicDictionary? Installed => Real.Value;

    public static string FixtureDirectory => Path.Combine(AppContext.BaseDirectory, "Translation", "Fixtures");

    /// <summary>A hand-written nine-entry dictionary (Translation/Fixtures/tiny.*).</summary>
    public static EnglishArabicDictionary Tiny() =>
        EnglishArabicDictionary.TryOpen(FixtureDirectory, "tiny") ?? throw new InvalidOperationException("fixture missing");
}
