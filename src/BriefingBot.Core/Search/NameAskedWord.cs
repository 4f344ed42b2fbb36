using BriefingBot.Core.Text;

namespace BriefingBot.Core.Search;

/// <summary>
/// «اسم» right after «ما» or «ما هو/هي» («ما اسم الشركة التي تبني الجسر؟»، «ما هو اسم المهرجان؟») only asks for a name:
/// the passage that gives it rarely says «اسم», and searched for, the word drew passages that say it by the way
/// («أطلق عليه اسم …») ahead of those about the thing asked (ARCD train). It is left out of the word search only: the
/// coverage still counts it, since a question asking the name of something the news leaves unnamed is declined by it.
/// </summary>
internal static class NameAskedWord
{
    private static readonly string Name = ArabicText.Fold("اسم");

    private static readonly HashSet<string> Leads = new[] { "ما", "وما", "فما", "ماهو", "ماهي", "وماهو", "وماهي" }
        .Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> Pronouns = new[] { "هو", "هي" }.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the word as typed is «اسم» after «ما» (<paramref name="previous"/>) or after «ما هو/هي» (the two words before it).</summary>
    public static bool Is(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, ReadOnlySpan<char> beforePrevious) =>
        ArabicText.Fold(word) == Name
        && (Leads.Contains(ArabicText.Fold(previous)) || Pronouns.Contains(ArabicText.Fold(previous)) && Leads.Contains(ArabicText.Fold(beforePrevious)));
}
