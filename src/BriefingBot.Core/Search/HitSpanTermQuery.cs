using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// A word of a span clause (<see cref="WordPairs.Near"/>) that, under the hit filter of a rescoring query
/// (<see cref="HitDocs"/>), reads its positions only at the hits and skips between them. Lucene hands the filter to the
/// postings, which then decode every passage holding the word from one hit to the next to ask the filter about it: for
/// a common word («الجهات»، «مجلس») its whole posting list over the hits' range. The hits it stops at are the same, so the
/// spans, and the scores, are the same. Without the hit filter it is Lucene's own span term.
/// </summary>
internal sealed class HitSpanTermQuery(Term term) : SpanTermQuery(term)
{
    public override Spans GetSpans(AtomicReaderContext context, IBits acceptDocs, IDictionary<Term, TermContext> termContexts)
    {
        if (acceptDocs is not HitDocs hits || !termContexts.TryGetValue(m_term, out var termContext) || termContext is null)
        {
            return base.GetSpans(context, acceptDocs, termContexts);
        }

        if (termContext.Get(context.Ord) is not { } state)
        {
            return TermSpans.EMPTY_TERM_SPANS;
        }

        var terms = context.AtomicReader.GetTerms(m_term.Field).GetEnumerator();
        terms.SeekExact(m_term.Bytes, state);
        var postings = terms.DocsAndPositions(context.AtomicReader.LiveDocs, null, DocsAndPositionsFlags.PAYLOADS)
            ?? throw new InvalidOperationException($"The field {m_term.Field} has no positions: a span clause cannot read it.");
        return new TermSpans(new HitPostings(postings, hits.Docs), m_term);
    }

    /// <summary>
    /// A word's postings seen only at the hits (segment-local ids, ascending), as the hit filter shows them, each move
    /// a skip to the next hit rather than a walk over the passages between.
    /// </summary>
    private sealed class HitPostings(DocsAndPositionsEnum postings, int[] hits) : DocsAndPositionsEnum
    {
        private readonly HitWalk _walk = new(hits);
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => postings.Freq;

        public override int StartOffset => postings.StartOffset;

        public override int EndOffset => postings.EndOffset;

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target) => _doc = _walk.Advance(postings, target);

        public override int NextPosition() => postings.NextPosition();

        public override BytesRef GetPayload() => postings.GetPayload();

        public override long GetCost() => postings.GetCost();
    }
}
