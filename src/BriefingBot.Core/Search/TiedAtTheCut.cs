using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// The best hits down to a cut and every hit tied with the one at the cut. Lucene keeps the lower document numbers
/// when more passages share the cut's score than it was asked for (one common word matched in passages of one length,
/// one heading over a section's every passage), and a rebuild deals document numbers out in whatever order its threads
/// add briefings: a search cut there answers differently after a restart. The caller orders what comes back with
/// <see cref="TieOrder"/> and cuts it there itself.
/// </summary>
internal static class TiedAtTheCut
{
    /// <summary>Hits fetched past the cut, so that a tie across it is seen.</summary>
    private const int Margin = 16;

    /// <summary>How far a tie at the cut is followed: past it, a question of one very common word on a huge index would sort thousands of hits.</summary>
    private const int MaxFetch = 1024;

    /// <param name="search">The search, asked for the best n hits.</param>
    /// <param name="cut">How many hits the caller keeps.</param>
    public static TopDocs Fetch(Func<int, TopDocs> search, int cut)
    {
        var n = cut + Margin;
        while (true)
        {
            var top = search(n);
            var hits = top.ScoreDocs;
            if (hits.Length < n || hits.Length <= cut || hits[^1].Score != hits[cut - 1].Score || n >= MaxFetch)
            {
                return top;
            }

            n *= 2;
        }
    }
}
