namespace BriefingBot.Core.Search;

/// <summary>What to look for: analysed terms, how many hits after how many, optionally within one briefing.</summary>
public sealed record PassageSearch(AnalyzedQuestion Question, int Take, int Skip = 0, string? BriefingId = null);

/// <summary>Hits for a search and how much of the question the best hit covers (0–1, weighted by term rarity).</summary>
public sealed record PassageSearchResult(IReadOnlyList<PassageHit> Hits, double TopCoverage, int TotalHits)
{
    public static readonly PassageSearchResult Empty = new([], 0, 0);
}
