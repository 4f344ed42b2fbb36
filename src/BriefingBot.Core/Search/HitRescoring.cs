using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Adds weight × a second query's score to each of a first pass's hits that the query matches, best first: what
/// Lucene's <c>QueryRescorer</c> does. Its Lucene.Net port fails on a segment where the query matches nothing, so it is
/// done here, on the walk the other rescorers take (<see cref="SegmentRescoringWalk"/>): one scorer per segment, advanced through the hits in document order, so a long posting list costs a few
/// skips, not a walk. The scorer sees only the hits as documents (<see cref="HitDocs"/>): a phrase or span clause
/// advanced to a hit without its words side by side otherwise walks on, reading positions, to the next passage in the
/// whole index that has them.
/// </summary>
internal static class HitRescoring
{
    public static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] firstPass, Query query, float weight, TieOrder ties)
    {
        Weight? scoring = null;
        return SegmentRescoringWalk.Rescore(searcher, firstPass, (segment, hits) =>
        {
            // Weighed once, at the first segment with hits: a first pass of fewer than two hits never gets here.
            scoring ??= searcher.CreateNormalizedWeight(query);
            var scorer = scoring.GetScorer(segment, HitDocs.In(hits, segment));
            if (scorer is null)
            {
                return;
            }

            foreach (var hit in hits)
            {
                var target = hit.Doc - segment.DocBase;
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
        }, ties);
    }
}

/// <summary>Adds to the hits of one segment (in document order, ids global) what a rescorer reads at them.</summary>
internal delegate void SegmentRescoring(AtomicReaderContext segment, Span<ScoreDoc> hits);

/// <summary>
/// The walk the rescorers that read postings at the hits share (<see cref="PairRescorer"/>, <see cref="WordFamilyRescorer"/>):
/// the first pass's hits copied and put in document order, each segment's run of them handed over at once (a cursor
/// then only moves forward), best first after, ties in <see cref="TieOrder"/>: a rescorer after it that cuts by place
/// (<see cref="ContinuationRescorer"/>, <see cref="HeldTogetherRescorer"/>) then cuts the same hits after a rebuild,
/// which numbers passages in whatever order its threads add them. With nothing to add they come back best first, their
/// scores untouched.
/// </summary>
internal static class SegmentRescoringWalk
{
    private static readonly Comparison<ScoreDoc> ByDoc = (a, b) => a.Doc.CompareTo(b.Doc);

    /// <param name="ties">The search's one tie order (<see cref="TieOrder"/>), which the rescorer may also read briefing ids through: the hits' keys are read once.</param>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] firstPass, SegmentRescoring? rescoring, TieOrder ties)
    {
        // Arrays sorted in place, not LINQ: four rescorers walk the best 50 hits of every question.
        var hits = new ScoreDoc[firstPass.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = new ScoreDoc(firstPass[i].Doc, firstPass[i].Score);
        }

        if (hits.Length < 2 || rescoring is null)
        {
            ties.Sort(hits);
            return hits;
        }

        Array.Sort(hits, ByDoc);

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

        ties.Sort(hits);
        return hits;
    }

    /// <summary>Moves a segment's posting cursor forward to the hit <paramref name="target"/> (segment-local); whether the hit has the term.</summary>
    public static bool AdvanceTo(DocsEnum? cursor, int target)
    {
        if (cursor is null)
        {
            return false;
        }

        var doc = cursor.DocID;
        if (doc < target)
        {
            doc = cursor.Advance(target);
        }

        return doc == target;
    }

    /// <summary>
    /// Moves each of a word's form cursors to the hit <paramref name="target"/>; whether any form holds it. Every cursor is
    /// moved, none skipped once one holds: the walk's cursors then all stand at the last hit read, whatever the order of forms.
    /// An array, not a sequence: a foreach over an interface allocates an enumerator at every hit and word.
    /// </summary>
    public static bool AnyAt(DocsEnum?[] cursors, int target)
    {
        var held = false;
        foreach (var cursor in cursors)
        {
            held |= AdvanceTo(cursor, target);
        }

        return held;
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

    /// <summary>The hits, segment-local, ascending.</summary>
    public int[] Docs => _docs;

    /// <summary>One segment's hits (in document order, ids global) as its segment-local ids.</summary>
    public static HitDocs In(Span<ScoreDoc> hits, AtomicReaderContext segment)
    {
        var docs = new int[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            docs[i] = hits[i].Doc - segment.DocBase;
        }

        return new HitDocs(docs, segment.Reader.MaxDoc);
    }

    /// <summary>
    /// A scorer's postings ask about every document they pass on the way to the next hit, and after the last hit to the
    /// end of their list: those outside the hits' range are turned away without the binary search.
    /// </summary>
    public bool Get(int index) =>
        _docs.Length > 0 && index >= _docs[0] && index <= _docs[^1] && Array.BinarySearch(_docs, index) >= 0;
}

/// <summary>
/// Moves a cursor over postings to the hits that hold its word, as the hit filter lets them through, but with the
/// postings' skips: from one hit to the next, never over every passage between.
/// </summary>
internal sealed class HitWalk(int[] hits)
{
    private int _next;

    /// <summary>The first hit at or after <paramref name="target"/> that the cursor's postings hold, or NO_MORE_DOCS.</summary>
    public int Advance(DocIdSetIterator cursor, int target)
    {
        while (_next < hits.Length && hits[_next] < target)
        {
            _next++;
        }

        while (_next < hits.Length)
        {
            var hit = hits[_next];
            var doc = cursor.DocID >= hit ? cursor.DocID : cursor.Advance(hit);
            if (doc == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            if (doc == hit)
            {
                _next++;
                return doc;
            }

            while (_next < hits.Length && hits[_next] < doc)
            {
                _next++;
            }
        }

        _next = hits.Length;
        return DocIdSetIterator.NO_MORE_DOCS;
    }
}
