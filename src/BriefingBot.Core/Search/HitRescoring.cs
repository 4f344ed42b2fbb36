using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Adds weight × a second query's score to each of a first pass's hits that the query matches, best first: what
/// Lucene's <c>QueryRescorer</c> does. Its Lucene.Net port fails on a segment where the query matches nothing, so it is
/// done here: one scorer per segment, advanced through the hits in document order, so a long posting list costs a few
/// skips, not a walk.
/// </summary>
internal static class HitRescoring
{
    public static ScoreDoc[] Rescore(IndexSearcher searcher, IEnumerable<ScoreDoc> firstPass, Query query, float weight)
    {
        var hits = firstPass.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        if (hits.Length < 2)
        {
            return hits;
        }

        var scoring = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var docBase = 0;
        var end = 0;
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            while (hit.Doc >= end)
            {
                var context = leaves[++leaf];
                docBase = context.DocBase;
                end = docBase + context.Reader.MaxDoc;
                scorer = scoring.GetScorer(context, context.AtomicReader.LiveDocs);
            }

            if (scorer is null)
            {
                continue;
            }

            var target = hit.Doc - docBase;
            var current = scorer.DocID;
            if (current < target)
            {
                current = scorer.Advance(target);
            }

            if (current == target)
            {
                hit.Score += weight * scorer.GetScore();
            }
        }

        return [.. hits.OrderByDescending(h => h.Score)];
    }
}
