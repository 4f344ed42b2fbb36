using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// Reorders the word search's best <see cref="SearchTuning.RescoreDepth"/> hits by the question's neighbouring words
/// found side by side in them (<see cref="WordPairs"/>): a passage saying «كوريا الشمالية» outranks one with «كوريا» and
/// «الشمالية» apart. Each pair found adds <see cref="SearchTuning.PairBoost"/> × its words' rarity (BM25 idf, summed) ×
/// a saturating count of its occurrences. The positions are read only at the hits: a Lucene phrase or span query walks
/// on from each hit to the next passage that has the pair, which at a million passages cost more than the search.
/// The pairs are part of the word search: coverage and the answer's confidence are read after this.
/// </summary>
internal sealed class PairRescorer(SearchTuning tuning)
{
    /// <summary>The question's pairs whose two words the index holds; empty when there is nothing to rescore with.</summary>
    public IReadOnlyList<ScoredPair> Pairs(TermStatisticsLookup lookup, IReadOnlyList<string> pairs, int passages)
    {
        if (tuning.PairBoost <= 0 || pairs.Count == 0)
        {
            return [];
        }

        var found = new List<ScoredPair>();
        foreach (var pair in pairs)
        {
            if (WordPairs.Split(pair) is not var (first, second))
            {
                continue;
            }

            var firstFrequency = lookup.Find(PassageFields.Text, first).DocFreq;
            var secondFrequency = lookup.Find(PassageFields.Text, second).DocFreq;
            if (firstFrequency > 0 && secondFrequency > 0)
            {
                found.Add(new ScoredPair(first, second, TermStatisticsLookup.Idf(firstFrequency, passages) + TermStatisticsLookup.Idf(secondFrequency, passages)));
            }
        }

        return found;
    }

    public ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] firstPass, IReadOnlyList<ScoredPair> pairs)
    {
        var hits = firstPass.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        if (hits.Length < 2 || pairs.Count == 0)
        {
            return hits;
        }

        // BM25's length normalisation, as the word search applies it: a pair in a long passage counts for less.
        var statistics = searcher.CollectionStatistics(PassageFields.Text);
        var averageLength = statistics.SumTotalTermFreq > 0 && statistics.DocCount > 0 ? (float)statistics.SumTotalTermFreq / statistics.DocCount : 1f;
        var leaves = searcher.IndexReader.Leaves;
        var next = 0;
        foreach (var leaf in leaves)
        {
            var end = leaf.DocBase + leaf.Reader.MaxDoc;
            var first = next;
            while (next < hits.Length && hits[next].Doc < end)
            {
                next++;
            }

            if (next > first)
            {
                RescoreIn(leaf, hits.AsSpan(first, next - first), pairs, averageLength);
            }
        }

        return [.. hits.OrderByDescending(h => h.Score)];
    }

    private void RescoreIn(AtomicReaderContext leaf, Span<ScoreDoc> hits, IReadOnlyList<ScoredPair> pairs, float averageLength)
    {
        var reader = leaf.AtomicReader;
        var norms = reader.GetNormValues(PassageFields.Text);
        var firstPositions = new List<int>();
        foreach (var pair in pairs)
        {
            var firstWord = reader.GetTermPositionsEnum(new Term(PassageFields.Text, pair.First));
            var secondWord = reader.GetTermPositionsEnum(new Term(PassageFields.Text, pair.Second));
            if (firstWord is null || secondWord is null)
            {
                continue;
            }

            foreach (var hit in hits)
            {
                var target = hit.Doc - leaf.DocBase;
                if (!AdvanceTo(firstWord, target) || !AdvanceTo(secondWord, target))
                {
                    continue;
                }

                var together = Together(firstWord, secondWord, firstPositions);
                if (together > 0)
                {
                    var length = norms is null ? averageLength : Length(norms.Get(target));
                    var saturation = tuning.K1 * (1 - tuning.B + (tuning.B * length / averageLength));
                    hit.Score += tuning.PairBoost * pair.Weight * together * (tuning.K1 + 1) / (together + saturation);
                }
            }
        }
    }

    /// <summary>How often the second word follows the first at most <see cref="WordPairs.MaxGap"/> dropped words after it.</summary>
    private static int Together(DocsAndPositionsEnum firstWord, DocsAndPositionsEnum secondWord, List<int> firstPositions)
    {
        firstPositions.Clear();
        for (var i = firstWord.Freq; i > 0; i--)
        {
            firstPositions.Add(firstWord.NextPosition());
        }

        var together = 0;
        var at = 0;
        for (var i = secondWord.Freq; i > 0; i--)
        {
            var position = secondWord.NextPosition();
            while (at < firstPositions.Count && firstPositions[at] < position - 1 - WordPairs.MaxGap)
            {
                at++;
            }

            if (at < firstPositions.Count && firstPositions[at] < position)
            {
                together++;
            }
        }

        return together;
    }

    private static bool AdvanceTo(DocsAndPositionsEnum positions, int target)
    {
        var doc = positions.DocID;
        if (doc < target)
        {
            doc = positions.Advance(target);
        }

        return doc == target;
    }

    /// <summary>A passage's length in words as BM25 encodes it in the norm (one byte, so approximate, as the search sees it).</summary>
    private static float Length(long norm)
    {
        var inverseRoot = SmallSingle.Byte315ToSingle((byte)norm);
        return inverseRoot > 0 ? 1 / (inverseRoot * inverseRoot) : 1f;
    }
}

/// <summary>Two neighbouring question words and the weight of finding them side by side.</summary>
internal sealed record ScoredPair(string First, string Second, float Weight);
