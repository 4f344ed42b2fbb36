using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// A word clause of a rescoring query (<see cref="HitRescoring"/>) that, under the hit filter (<see cref="HitDocs"/>),
/// moves from hit to hit with its postings' skips. Given the filter, Lucene's postings decode every passage holding the
/// word from one hit to the next to ask the filter about it, which for a common word («الدولة»، «الحكومة») is its whole
/// posting list over the hits' range. It stops at exactly the hits the filtered word stops at, with the same score:
/// where a clause stands decides the order in which a disjunction adds its clauses' scores, so stopping anywhere else
/// (the unfiltered postings) could change a sum in its last bit and break a tie between two copies of one passage.
/// Without the hit filter it is the word's own scorer.
/// </summary>
internal sealed class HitSkippingQuery(Query inner) : Query
{
    public Query Inner { get; } = inner;

    public override Weight CreateWeight(IndexSearcher searcher) => new SkippingWeight(this, Inner.CreateWeight(searcher));

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = Inner.Rewrite(reader);
        if (ReferenceEquals(rewritten, Inner) && Boost == 1f)
        {
            return this;
        }

        if (Boost != 1f)
        {
            rewritten = ReferenceEquals(rewritten, Inner) ? (Query)rewritten.Clone() : rewritten;
            rewritten.Boost *= Boost;
        }

        return new HitSkippingQuery(rewritten);
    }

    public override void ExtractTerms(ISet<Term> terms) => Inner.ExtractTerms(terms);

    public override string ToString(string field) => "skip(" + Inner.ToString(field) + ")" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is HitSkippingQuery other && Boost == other.Boost && Inner.Equals(other.Inner);

    public override int GetHashCode() => HashCode.Combine(Inner, Boost);

    private sealed class SkippingWeight(HitSkippingQuery query, Weight inner) : Weight
    {
        public override Query Query => query;

        public override bool ScoresDocsOutOfOrder => inner.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => inner.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost);

        public override Explanation Explain(AtomicReaderContext context, int doc) => inner.Explain(context, doc);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            acceptDocs is HitDocs hits
                ? inner.GetScorer(context, context.AtomicReader.LiveDocs) is { } scorer ? new HitScorer(this, scorer, hits.Docs) : null
                : inner.GetScorer(context, acceptDocs);
    }

    /// <summary>The word's unfiltered scorer seen only at the hits (segment-local ids, ascending).</summary>
    private sealed class HitScorer(Weight weight, Scorer inner, int[] hits) : Scorer(weight)
    {
        private readonly HitWalk _walk = new(hits);
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => inner.Freq;

        public override float GetScore() => inner.GetScore();

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target) => _doc = _walk.Advance(inner, target);

        public override long GetCost() => inner.GetCost();
    }
}
