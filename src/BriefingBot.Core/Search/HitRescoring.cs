using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Adds weight × a second query's score to each of a first pass's hits that the query matches, best first: what
/// Lucene's <c>QueryRescorer</c> does. Its Lucene.Net port fails on a segment where the query matches nothing, so it is
/// done here: one scorer per segment, advanced through the hits in document order, so a long posting list costs a few
/// skips, not a walk. The scorer sees only the hits as documents (<see cref="HitDocs"/>): a phrase or span clause
/// advanced to a hit without its words side by side otherwise walks on, reading positions, to the next passage in the
/// whole index that has them.
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
        for (var i = 0; i < hits.Length; i++)
        {
            var hit = hits[i];
            while (hit.Doc >= end)
            {
                var context = leaves[++leaf];
                docBase = context.DocBase;
                end = docBase + context.Reader.MaxDoc;
                scorer = scoring.GetScorer(context, HitDocs.In(hits, i, docBase, context.Reader.MaxDoc));
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

/// <summary>Adds to the hits of one segment (in document order, ids global) what a rescorer reads at them.</summary>
internal delegate void SegmentRescoring(AtomicReaderContext segment, Span<ScoreDoc> hits);

/// <summary>
/// The walk the rescorers that read postings at the hits share (<see cref="PairRescorer"/>, <see cref="WordFamilyRescorer"/>):
/// the first pass's hits copied and put in document order, each segment's run of them handed over at once (a cursor
/// then only moves forward), best first after. With fewer than two hits or nothing to add they come back in document
/// order, untouched.
/// </summary>
internal static class SegmentRescoringWalk
{
    public static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] firstPass, SegmentRescoring? rescoring)
    {
        var hits = firstPass.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        if (hits.Length < 2 || rescoring is null)
        {
            return hits;
        }

        var next = 0;
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            var end = segment.DocBase + segment.Reader.MaxDoc;
            var first = next;
            while (next < hits.Length && hits[next].Doc < end)
            {
                next++;
            }

            if (next > first)
            {
                rescoring(segment, hits.AsSpan(first, next - first));
            }
        }

        return [.. hits.OrderByDescending(h => h.Score)];
    }
}

/// <summary>The hits of one segment as the only documents a scorer may return (Lucene's accepted documents).</summary>
internal sealed class HitDocs : IBits
{
    private readonly int[] _docs;

    private HitDocs(int[] docs, int length)
    {
        _docs = docs;
        Length = length;
    }

    public int Length { get; }

    /// <summary>The segment's hits from <paramref name="first"/> on (hits in document order), as segment-local ids.</summary>
    public static HitDocs In(ScoreDoc[] hits, int first, int docBase, int maxDoc)
    {
        var docs = new List<int>();
        for (var i = first; i < hits.Length && hits[i].Doc < docBase + maxDoc; i++)
        {
            docs.Add(hits[i].Doc - docBase);
        }

        return new HitDocs([.. docs], maxDoc);
    }

    public bool Get(int index) => Array.BinarySearch(_docs, index) >= 0;
}
