using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// What the index knows of a word whatever the question (whether it has it, in which briefing, its term): each answer is
/// remembered by the index until the next commit.
/// </summary>
internal static class IndexLookups
{
    /// <summary>Every form of a term's word the index may hold: its derived forms (a verb's verbal noun: «اندلاع» for «اندلعت») and variants.</summary>
    public static List<string> FamilyOf(TermMatch term) =>
        [.. DerivedForms.Of(term.Term).Concat(term.Variants).Append(term.Term).Distinct(StringComparer.Ordinal)];

    /// <summary>The index's term for a word the question does not use itself (the office its verb names), or null.</summary>
    /// <remarks>The same whatever the question: the index remembers it until the next commit.</remarks>
    public static TermMatch? LookUp(PassageIndex index, string word) =>
        index.Remembered("term of: " + word, () => Searched(index, word, 1), found => found.Terms.FirstOrDefault(), null);

    /// <summary>The search for the word's analysed terms, null when analysis leaves none.</summary>
    private static PassageSearch? Searched(PassageIndex index, string words, int take, string? briefingId = null) =>
        index.Analyze(words) is { IsEmpty: false } analyzed ? new PassageSearch(analyzed, take, BriefingId: briefingId) : null;

    /// <summary>The compound names a one-word name stands for: «الولايات المتحدة» for «امريكا».</summary>
    public static IEnumerable<Compound> CompoundsCalled(string place) => Gazetteer.Compounds.Where(c => c.Also.Contains(place));

    /// <summary>Whether a passage (of the briefing, when given) says the compound name: both words, in order.</summary>
    /// <remarks>
    /// The same search whatever the question, asked of every question naming the place (by every reading of its one-word
    /// name, for every briefing shown): the index remembers the answer until the next commit.
    /// </remarks>
    public static bool Says(PassageIndex index, Compound place, string? briefingId = null) =>
        index.Remembered(
            $"compound said: {place.Name} in {briefingId}",
            () => Searched(index, place.Name, CompoundDepth, briefingId) is { } search ? search with { Highlight = false } : null,
            found => found.Hits.Any(h => Gazetteer.Says(h.Passage.Text, place)),
            false);

    /// <summary>How many passages with the compound's words are read for it: «المتحدة» is in every «الأمم المتحدة».</summary>
    private const int CompoundDepth = 20;

    /// <summary>Whether the index has the word (or a close spelling of it) in any passage.</summary>
    /// <remarks>The same whatever the question: the index remembers it until the next commit.</remarks>
    public static bool Knows(PassageIndex index, string word) =>
        index.Remembered("knows: " + word, () => Searched(index, word, 1), found => found.Terms.Any(Literal), false);

    /// <summary>
    /// Whether a passage of the briefing has the place in any of its readings («بمصر» is «مصر») or by its adjective («السفير
    /// الإيراني» names Iran).
    /// </summary>
    public static bool Names(PassageIndex index, string place, string briefingId) =>
        ArabicWordForms.Readings(place).Concat(Gazetteer.AdjectivesOf(place)).Any(reading => index.Remembered(
            $"names: {reading} in {briefingId}",
            () => Searched(index, reading, 1, briefingId),
            found => found.Hits.Count > 0 && found.Terms.Any(t => t.InTopHit && Literal(t)),
            false))
        || ArabicWordForms.Readings(place).SelectMany(CompoundsCalled).Any(c => Says(index, c, briefingId));

    /// <summary>
    /// Whether one passage of the briefing names the body by every word of its name («شركة البوتاس العربية»): where it
    /// does, its other passages call it by its kind alone («ويعمل في الشركة …»), as news does after a first full mention.
    /// </summary>
    /// <remarks>The same whatever the question: the index remembers it until the next commit.</remarks>
    public static bool NamesInFull(PassageIndex index, IReadOnlyList<string> name, string briefingId) =>
        index.Remembered(
            $"named in full: {string.Join(' ', name)} in {briefingId}",
            () => Searched(index, string.Join(' ', name), 1, briefingId),
            found => found.Hits.Count > 0 && found.Terms.Count(Literal) == name.Count && found.Terms.Where(Literal).All(t => t.InTopHit),
            false);

    /// <summary>
    /// The index has the word itself, or a close spelling of it: what a check asks for. Another word of its family
    /// («السرعة» for «أسرع»، «مطابخ» for «أطبخ») helps find passages, but names a different thing as often as not.
    /// </summary>
    public static bool Literal(TermMatch term) => term.Known && !term.Derived;
}
