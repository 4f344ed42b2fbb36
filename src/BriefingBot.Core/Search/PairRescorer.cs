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

    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] firstPass, IReadOnlyList<ScoredPair> pairs, TieOrder ties)
    {
        if (pairs.Count == 0)
        {
            return SegmentRescoringWalk.Rescore(searcher, firstPass, null, ties);
        }

        // BM25's length normalisation, as the word search applies it: a pair in a long passage counts for less.
        var averageLength = Bm25Lengths.Average(searcher);
        var words = new PairWords(pairs);
        return SegmentRescoringWalk.Rescore(searcher, firstPass, (segment, hits) => RescoreIn(segment, lookup, hits, pairs, words, averageLength), ties);
    }

    /// <summary>
    /// One positions cursor per distinct word, not per pair: a word in two pairs («كوريا الشمالية الجنوبية») is looked up
    /// and read once per hit. At each hit the pairs add to its score in the question's order, as they always have.
    /// </summary>
    private void RescoreIn(AtomicReaderContext leaf, TermStatisticsLookup lookup, Span<ScoreDoc> hits, IReadOnlyList<ScoredPair> pairs, PairWords words, float averageLength)
    {
        var norms = leaf.AtomicReader.GetNormValues(PassageFields.Text);
        var cursors = new DocsAndPositionsEnum?[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            cursors[w] = lookup.Positions(PassageFields.Text, words.Text[w], leaf);
        }

        var positions = words.Positions;
        var present = new bool[words.Count];
        foreach (var hit in hits)
        {
            var target = hit.Doc - leaf.DocBase;
            for (var w = 0; w < words.Count; w++)
            {
                present[w] = cursors[w] is { } cursor && SegmentRescoringWalk.AdvanceTo(cursor, target);
                if (present[w])
                {
                    ReadPositions(cursors[w]!, positions[w]);
                }
            }

            for (var p = 0; p < pairs.Count; p++)
            {
                var (first, second) = words.Of[p];
                if (!present[first] || !present[second])
                {
                    continue;
                }

                var together = Together(positions[first], positions[second]);
                if (together > 0)
                {
                    var saturation = Bm25Lengths.Saturation(tuning, norms, target, averageLength);
                    hit.Score += tuning.PairBoost * pairs[p].Weight * together * (tuning.K1 + 1) / (together + saturation);
                }
            }
        }
    }

    private static void ReadPositions(DocsAndPositionsEnum cursor, List<int> positions)
    {
        positions.Clear();
        for (var i = cursor.Freq; i > 0; i--)
        {
            positions.Add(cursor.NextPosition());
        }
    }

    /// <summary>How often the second word follows the first at most <see cref="WordPairs.MaxGap"/> dropped words after it.</summary>
    private static int Together(List<int> firstPositions, List<int> secondPositions)
    {
        var together = 0;
        var at = 0;
        foreach (var position in secondPositions)
        {
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
}

/// <summary>The distinct words of a question's pairs, each pair's two words as indexes into them, and a positions buffer per word.</summary>
internal sealed class PairWords
{
    public PairWords(IReadOnlyList<ScoredPair> pairs)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int IndexOf(string word)
        {
            if (!index.TryGetValue(word, out var at))
            {
                at = index[word] = Text.Count;
                Text.Add(word);
                Positions.Add([]);
            }

            return at;
        }

        Of = [.. pairs.Select(p => (IndexOf(p.First), IndexOf(p.Second)))];
    }

    public List<string> Text { get; } = [];

    public List<List<int>> Positions { get; } = [];

    public (int First, int Second)[] Of { get; }

    public int Count => Text.Count;
}

/// <summary>Two neighbouring question words and the weight of finding them side by side.</summary>
internal sealed record ScoredPair(string First, string Second, float Weight);
