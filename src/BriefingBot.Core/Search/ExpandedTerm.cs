using Lucene.Net.Index;

namespace BriefingBot.Core.Search;

/// <summary>
/// One question term as the index knows it: the index spellings it matches (<paramref name="Variants"/>, none when
/// the index knows no close spelling), their term statistics (looked up once, handed on to the query), its IDF weight,
/// and whether the spellings are typo corrections rather than the question's own forms.
/// </summary>
internal sealed record ExpandedTerm(string Text, IReadOnlyList<string> Variants, IReadOnlyList<TermContext> States, float Weight, bool Fuzzy)
{
    /// <summary>How this term fared in a hit whose terms are <paramref name="present"/> (null: no hit).</summary>
    public TermMatch Match(HashSet<string>? present) =>
        new(Text, Variants, Weight, Fuzzy, present is not null && Variants.Any(present.Contains)) { Derived = Derived };

    /// <summary>The spellings are other words of the term's family (<see cref="DerivedForms"/>), not typo corrections.</summary>
    public bool Derived { get; init; }

    /// <summary>Counted in coverage, left out of the word search (<see cref="QueryTerm.CoverageOnly"/>).</summary>
    public bool CoverageOnly { get; init; }

    public static List<TermMatch> Matches(IReadOnlyList<ExpandedTerm> expanded, HashSet<string>? present) =>
        expanded.Select(t => t.Match(present)).ToList();
}
