using System.Runtime.CompilerServices;
using BriefingBot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// A question's word says what kind of answer it wants, and news writing marks that kind with its own words: «لماذا»
/// (ليش، ليه، علاش) is answered by a cause or a purpose («بسبب»، «لأنه»، «إذ»، «نتيجة»، «جراء»، «بهدف»), «كم» by a
/// number written out («ألف»، «مليون»، «نصف»). The question word is a stop word,
/// so the word search cannot see it: among the word search's best hits, a passage holding a word of the wanted kind gains
/// <see cref="SearchTuning.AnswerKindWeight"/> of its own score, enough to pass a near tie, not a clearly better match. The
/// markers are looked up as index terms at the hits (skips in posting lists), never read from stored text. «متى» with
/// the words of a time (months, days, «الماضي»، «بحلول») was tried too: it answered an off-topic «متى» question with a
/// passage's unrelated time, so it is left out (docs/search-quality.md).
/// </summary>
internal sealed class AnswerKindRescorer
{
    private static readonly (string[] QuestionWords, string[] Markers)[] Kinds =
    [
        (["لماذا", "ليش", "ليه", "علاش", "لمه"],
         ["بسبب", "بسببه", "بسببها", "لأنه", "لأنها", "لأنهم", "إذ", "نتيجة", "جراء", "بفعل", "إثر", "بفضل", "أدى", "أدت",
          "يؤدي", "تؤدي", "مما", "بهدف", "يهدف", "تهدف", "لكي", "كي", "دفع", "دفعت", "يعود", "تعود"]),
        (["كم", "قديش", "اديش", "شحال", "قداش", "بكم", "وكم"],
         ["ألف", "آلاف", "ألفين", "ألفا", "مليون", "ملايين", "مليونا", "مليار", "مليارات", "مئة", "مائة", "مئات", "عشرات",
          "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "نصف", "ثلث", "ربع", "أضعاف"]),
    ];

    private readonly SearchTuning _tuning;
    private readonly List<(HashSet<string> QuestionWords, AnswerKind Kind)> _kinds = [];

    /// <summary>
    /// Per segment (its core, which deletions leave alone) and kind, the passages holding any of the kind's markers:
    /// read once from the markers' postings, where looking up and advancing some 26 postings at the hits of every
    /// «كم» question cost 0.4 ms. A passage deleted since is never a hit, so the set may keep it.
    /// </summary>
    private readonly ConditionalWeakTable<object, FixedBitSet?[]> _marked = [];

    /// <summary>What a segment without any of a kind's markers keeps.</summary>
    private static readonly FixedBitSet NoMarker = new(1);

    public AnswerKindRescorer(Analyzer analyzer, SearchTuning tuning)
    {
        _tuning = tuning;
        foreach (var (questionWords, markers) in Kinds)
        {
            _kinds.Add((questionWords.Select(w => ArabicText.Fold(w)).ToHashSet(StringComparer.Ordinal), new AnswerKind(_kinds.Count, AnalyzedTerms.Of(analyzer, markers))));
        }
    }

    /// <summary>The kind of answer the question, as typed, asks for (and the index terms marking it); null when it asks none.</summary>
    public AnswerKind? Markers(string question)
    {
        if (_tuning.AnswerKindWeight <= 0)
        {
            return null;
        }

        foreach (var word in question.Split([' ', '\t', '\n', '؟', '?', '،', ',', '.', '!'], StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = ArabicText.Fold(word);
            foreach (var (questionWords, kind) in _kinds)
            {
                if (questionWords.Contains(folded) || folded.Length > 3 && folded[0] is 'و' or 'ف' && questionWords.Contains(folded[1..]))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    /// <summary>The hits, those holding a marker raised by the weight × their score, best first.</summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] hits, AnswerKind kind)
    {
        var leaves = searcher.IndexReader.Leaves;
        var marked = new FixedBitSet?[leaves.Count];
        var any = false;
        for (var i = 0; i < leaves.Count; i++)
        {
            marked[i] = Marked(leaves[i], kind.Id);
            any |= marked[i] is not null;
        }

        // As the postings' walk: no marker in the index (deleted passages' included, as a term's document frequency
        // counts them), or fewer than two hits, leaves the hits as they came.
        if (!any || hits.Length < 2)
        {
            return hits;
        }

        return SegmentRescoringWalk.Rescore(searcher, hits, (segment, inSegment) =>
        {
            if (marked[segment.Ord] is not { } bits)
            {
                return;
            }

            foreach (var hit in inSegment)
            {
                if (bits.Get(hit.Doc - segment.DocBase))
                {
                    hit.Score *= 1 + _tuning.AnswerKindWeight;
                }
            }
        });
    }

    /// <summary>The segment's passages holding one of the kind's markers; null when none does.</summary>
    private FixedBitSet? Marked(AtomicReaderContext segment, int kind)
    {
        var reader = segment.AtomicReader;
        var byKind = _marked.GetValue(reader.CoreCacheKey, _ => new FixedBitSet?[_kinds.Count]);
        if (Volatile.Read(ref byKind[kind]) is { } known)
        {
            return ReferenceEquals(known, NoMarker) ? null : known;
        }

        var bits = new FixedBitSet(reader.MaxDoc);
        if (reader.GetTerms(PassageFields.Text)?.GetEnumerator() is { } terms)
        {
            DocsEnum? docs = null;
            foreach (var marker in _kinds[kind].Kind.Markers)
            {
                if (!terms.SeekExact(new BytesRef(marker)))
                {
                    continue;
                }

                docs = terms.Docs(null, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    bits.Set(doc);
                }
            }
        }

        var found = bits.Cardinality == 0 ? NoMarker : bits;
        Volatile.Write(ref byKind[kind], found);
        return ReferenceEquals(found, NoMarker) ? null : found;
    }
}

/// <summary>A kind of answer a question asks for («لماذا»: a cause, «كم»: a number) and the index terms that mark it.</summary>
internal sealed record AnswerKind(int Id, IReadOnlyList<string> Markers);
