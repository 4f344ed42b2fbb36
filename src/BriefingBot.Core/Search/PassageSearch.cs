namespace BriefingBot.Core.Search;

/// <summary>What to look for: analysed terms, how many hits after how many, optionally within one briefing.</summary>
public sealed record PassageSearch(AnalyzedQuestion Question, int Take, int Skip = 0, string? BriefingId = null)
{
    /// <summary>Only the shared briefings and one community's; null searches every briefing.</summary>
    public SearchScope? Scope { get; init; }

    /// <summary>
    /// How many of the <see cref="Take"/> hits to read (stored text, highlights); those after are only counted
    /// (<see cref="PassageSearchResult.Unread"/>). The answerer asks one hit more than it shows only to know whether a
    /// «more» has anything behind it, and reading a stored passage is among the costliest steps of a search. Null reads all.
    /// </summary>
    public int? Read { get; init; }

    /// <summary>False: the hits read are not highlighted (a check that reads only their text); coverage is measured as ever.</summary>
    public bool Highlight { get; init; } = true;
}

/// <summary>
/// Hits for a search, how much of the question the best-covering of the first three hits covers (0–1, weighted
/// by term rarity), and how each question term fared in that hit: the evidence abstention is decided on.
/// </summary>
public sealed record PassageSearchResult(IReadOnlyList<PassageHit> Hits, double TopCoverage, int TotalHits, IReadOnlyList<TermMatch> Terms)
{
    public static readonly PassageSearchResult Empty = new([], 0, 0, []);

    /// <summary>
    /// The question (nearly) repeats a section heading, and the first hits are that section's passages: evidence
    /// apart from <see cref="TopCoverage"/>, which stays the word search's own.
    /// </summary>
    public bool RepeatsHeading { get; init; }

    /// <summary>Hits ranked after <see cref="Hits"/> within the search's take and not read (<see cref="PassageSearch.Read"/>).</summary>
    public int Unread { get; init; }
}

/// <summary>
/// One question term in a search: the index spellings it was matched as (none when the index knows no close
/// spelling), its weight (IDF of its best spelling; an unknown word weighs as much as a word of one passage)
/// and whether the best-covering hit contains it.
/// </summary>
public sealed record TermMatch(string Term, IReadOnlyList<string> Variants, double Weight, bool Fuzzy, bool InTopHit)
{
    public bool Known => Variants.Count > 0;

    /// <summary>
    /// The index lacks the word itself; <see cref="Variants"/> are other words of its family («التصويت» for «صوّت») or
    /// the news words of its concept («الكهرباء» for «الكهربا»).
    /// </summary>
    public bool Derived { get; init; }
}
